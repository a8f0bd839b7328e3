namespace ChatOps.Replies.Markdown;

/// <summary>What one line of a markdown reply is.</summary>
public enum MarkdownLineKind
{
    Paragraph,
    Heading,
    Bullet,
    Blank,
}
