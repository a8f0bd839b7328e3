using ChatOps.Replies.Markdown;

namespace ChatOps.Bots.Slack.Rendering;

/// <summary>
/// A script's markdown in Slack's mrkdwn, which has no headings and marks bold with one star: headings and bold
/// become *bold*, italic _italic_, bullets •, web links &lt;url|text&gt;. Text is escaped as everywhere else,
/// and only an http(s) address becomes a link, so markdown cannot smuggle in &lt;!channel&gt; or a user mention.
/// </summary>
internal static class SlackMarkdown
{
    public static string Render(string markdown) => string.Join('\n', MarkdownDocument.Parse(markdown).Select(Line));

    private static string Line(MarkdownLine line) => line.Kind switch
    {
        MarkdownLineKind.Heading => line.Plain.Length == 0 ? "" : "*" + MrkdwnEscaper.Escape(line.Plain) + "*",
        MarkdownLineKind.Bullet => new string(' ', 4 * line.Level) + "• " + Spans(line),
        _ => Spans(line),
    };

    private static string Spans(MarkdownLine line) => string.Concat(line.Spans.Select(Span));

    private static string Span(MarkdownSpan span) => span.Kind switch
    {
        MarkdownSpanKind.Bold => "*" + MrkdwnEscaper.Escape(span.Text) + "*",
        MarkdownSpanKind.Italic => "_" + MrkdwnEscaper.Escape(span.Text) + "_",
        MarkdownSpanKind.Code => "`" + MrkdwnEscaper.Escape(span.Text).Replace('`', '\'') + "`",
        // A | would end the address of <url|text>.
        MarkdownSpanKind.Link when span.WebAddress is { } url && !url.Contains('|') => "<" + MrkdwnEscaper.Escape(url) + "|" + MrkdwnEscaper.Escape(span.Text).Replace('|', '¦') + ">",
        _ => MrkdwnEscaper.Escape(span.Plain),
    };
}
