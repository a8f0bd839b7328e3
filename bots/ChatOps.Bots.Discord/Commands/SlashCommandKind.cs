namespace ChatOps.Bots.Discord.Commands;

/// <summary>How a slash command becomes one war-room line.</summary>
internal enum SlashCommandKind
{
    /// <summary>`verb key=value ...` from the options, values quoted when needed.</summary>
    KeyValues,

    /// <summary>The one option is a script line (e.g. `!Print value=hi`), passed as typed behind the verb's `!`.</summary>
    RawLine,

    /// <summary>`help` or `help TOPIC`.</summary>
    HelpTopic,
}
