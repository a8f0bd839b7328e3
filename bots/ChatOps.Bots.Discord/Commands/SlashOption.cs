namespace ChatOps.Bots.Discord.Commands;

/// <summary>One option of a slash command; Name is also the war-room key it becomes.</summary>
internal sealed record SlashOption(string Name, string Description, int Type, bool Required = false);
