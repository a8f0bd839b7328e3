namespace ChatOps.Bots.Discord.Commands;

/// <summary>Application command option types the bot uses (discord-api-docs, Application Commands).</summary>
internal static class SlashOptionType
{
    public const int String = 3;
    public const int Boolean = 5;
}
