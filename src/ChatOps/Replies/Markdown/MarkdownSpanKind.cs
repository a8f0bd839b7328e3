namespace ChatOps.Replies.Markdown;

/// <summary>How a run of text inside a line is marked up.</summary>
public enum MarkdownSpanKind
{
    Text,
    Bold,
    Italic,
    Code,
    Link,
}
