namespace ChatOps.Bots.Discord.Commands;

/// <summary>One application command as registered with Discord, and the war-room verb it stands for.</summary>
internal sealed record SlashCommand(string Name, string Description, string Verb, SlashCommandKind Kind, IReadOnlyList<SlashOption> Options);
