using System.Text;

namespace ChatOps.Parsers.Text;

/// <summary>
/// Writes a command line from structured values (a Discord option, a button), so that CommandParser reads back
/// exactly those values: one grammar, and adapters never build quoting rules of their own.
/// </summary>
public static class ChatCommandText
{
    /// <summary><c>verb key=value ...</c> with every value written by <see cref="Value"/>.</summary>
    public static string Line(string verb, IEnumerable<KeyValuePair<string, string>> arguments)
    {
        var line = new StringBuilder(verb);
        foreach (var (key, value) in arguments)
            line.Append(' ').Append(key).Append('=').Append(Value(value));
        return line.ToString();
    }

    /// <summary>
    /// A value as it must be typed: bare when it is a plain word, otherwise double-quoted with backslash escapes.
    /// '&amp;', '&lt;' and '&gt;' are written as Slack escapes, because the normaliser reads them back as they were.
    /// Smart quotes come back as straight quotes and tabs as spaces, as they would from a chat client.
    /// </summary>
    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bare = value.Length > 0 && value[0] is not ('"' or '\'' or '=') && value.All(IsPlainWordCharacter);
        if (bare) return value;

        var quoted = new StringBuilder(value.Length + 8).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' or '\u201C' or '\u201D' => "\\\"",
                '\n' => "\\n",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    static bool IsPlainWordCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '.' or '_' or '-' or '/' or ':' or ',' or '+' or '~' or '*' or '=' or '!' or '@' or '[' or ']';
}
