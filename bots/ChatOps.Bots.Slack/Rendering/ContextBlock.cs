namespace ChatOps.Bots.Slack.Rendering;

/// <summary>A small grey line (up to 10 elements): progress and notes such as "output truncated".</summary>
internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;
