namespace ChatOps.Bots.Discord.Commands;

/// <summary>How a slash command becomes one war-room line.</summary>
internal enum SlashCommandKind
{
    /// <summary>`verb key=value ...` from the options, values quoted when needed.</summary>
    KeyValues,

    /// <summary>The one option is already a war-room line (e.g. `!Print value=hi`) and is passed as typed.</summary>
    RawLine,

    /// <summary>`help` or `help TOPIC`.</summary>
    HelpTopic,
}
