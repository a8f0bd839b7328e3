using Superpower.Display;

namespace ChatOps.Parsers;

/// <summary>
/// The kinds of character runs in a chat line. Tokens only describe characters; whether a word is a key, a value
/// or a topic is decided by <see cref="CommandParser"/>.
/// </summary>
internal enum CommandToken
{
    [Token(Description = "command", Example = "/docker_images")]
    Command,

    [Token(Description = "script", Example = "!Print")]
    Script,

    [Token(Description = "word", Example = "example_name")]
    Word,

    [Token(Example = "=")]
    EqualsSign,

    [Token(Description = "double-quoted text", Example = "\"hello world\"")]
    DoubleQuoted,

    [Token(Description = "single-quoted text", Example = "'hello world'")]
    SingleQuoted,
}
