using ChatOps.Replies.Markdown;

namespace ChatOps.Bots.Discord.Rendering;

/// <summary>
/// A script's markdown in Discord's own markdown: headings 1-3 as Discord headings (it has no smaller ones, so
/// 4-6 are bold lines), bold, italic, code, bullets and web links kept; every piece of text escaped as plain
/// replies are (<see cref="DiscordMarkdown.Escape"/>), so only the markup the script meant takes effect.
/// </summary>
internal static class DiscordMarkdownLines
{
    public static string Render(string markdown) => string.Join('\n', MarkdownDocument.Parse(markdown).Select(Line));

    private static string Line(MarkdownLine line) => line.Kind switch
    {
        MarkdownLineKind.Heading when line.Plain.Length == 0 => "",
        MarkdownLineKind.Heading when line.Level <= 3 => new string('#', line.Level) + " " + DiscordMarkdown.Escape(line.Plain),
        MarkdownLineKind.Heading => "**" + DiscordMarkdown.Escape(line.Plain) + "**",
        MarkdownLineKind.Bullet => new string(' ', 2 * line.Level) + "- " + Spans(line),
        _ => Spans(line),
    };

    private static string Spans(MarkdownLine line) => string.Concat(line.Spans.Select(Span));

    private static string Span(MarkdownSpan span) => span.Kind switch
    {
        MarkdownSpanKind.Bold => "**" + DiscordMarkdown.Escape(span.Text) + "**",
        MarkdownSpanKind.Italic => "*" + DiscordMarkdown.Escape(span.Text) + "*",
        // Nothing is escaped inside a code span; a backtick would end it.
        MarkdownSpanKind.Code => "`" + span.Text.Replace('`', '\'') + "`",
        // A parenthesis would end the address of [text](url).
        MarkdownSpanKind.Link when span.WebAddress is { } url && !url.Any(c => c is '(' or ')') => "[" + DiscordMarkdown.Escape(span.Text) + "](" + url + ")",
        _ => DiscordMarkdown.Escape(span.Plain),
    };
}
