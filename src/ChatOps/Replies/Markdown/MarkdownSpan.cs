namespace ChatOps.Replies.Markdown;

/// <summary>A run of text with one kind of markup; Text is already unescaped, Url is set for links only.</summary>
public sealed record MarkdownSpan(MarkdownSpanKind Kind, string Text, string? Url = null)
{
    /// <summary>
    /// The span as plain text: a link keeps its address after its text, so a platform without links (a terminal,
    /// a table cell) still shows where it points.
    /// </summary>
    public string Plain => Kind == MarkdownSpanKind.Link && Url is not null && Url != Text
        ? (Text.Length == 0 ? Url : $"{Text} ({Url})")
        : Text;

    /// <summary>
    /// A link's address when it is a web address (http or https, no spaces or angle brackets): the only kind an
    /// adapter makes clickable, so markdown cannot link to a mention, a javascript: or a custom scheme. Else null.
    /// </summary>
    public string? WebAddress =>
        Kind == MarkdownSpanKind.Link && Url is not null
        && (Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && !Url.Any(c => char.IsWhiteSpace(c) || c is '<' or '>')
            ? Url
            : null;
}
