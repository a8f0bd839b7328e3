namespace ChatOps.Bots.Slack.Rendering;

/// <summary>A section: text up to 3000 characters and/or up to 10 fields of up to 2000 characters.</summary>
internal sealed record SectionBlock(TextObject? Text, IReadOnlyList<TextObject>? Fields = null) : Block;
