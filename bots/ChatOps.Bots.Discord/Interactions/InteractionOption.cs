namespace ChatOps.Bots.Discord.Interactions;

/// <summary>One option the user filled in; Text for STRING options, Flag for BOOLEAN ones.</summary>
internal sealed record InteractionOption(string Name, int Type, string? Text, bool? Flag);
