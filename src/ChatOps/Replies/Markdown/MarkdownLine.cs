namespace ChatOps.Replies.Markdown;

/// <summary>One line of a markdown reply: a heading (Level 1-6), a bullet (Level = nesting depth from 0), a paragraph line or a blank.</summary>
public sealed record MarkdownLine(MarkdownLineKind Kind, int Level, IReadOnlyList<MarkdownSpan> Spans)
{
    public string Plain => string.Concat(Spans.Select(s => s.Plain));
}
