namespace ChatOps.Parsers;

/// <summary>How a command's arguments are written, which also says how each chat platform offers it.</summary>
public enum CommandKind
{
    /// <summary><c>/verb key=value ...</c>; on Discord one option per key.</summary>
    KeyValues,

    /// <summary><c>/run !Script key=value ...</c>: the rest of the line is a script line; on Discord one option, the line.</summary>
    ScriptLine,

    /// <summary><c>/help [topic]</c>: one optional word.</summary>
    HelpTopic,
}
