using ChatOps.Replies.Markdown;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// A script's markdown as a terminal without formatting shows it: headings and emphasis as their text, bullets
/// as "- " indented two columns a level, links followed by their address in parentheses.
/// </summary>
internal static class PlainMarkdown
{
    public static string Render(string markdown) => string.Join('\n', MarkdownDocument.Parse(markdown).Select(Line));

    private static string Line(MarkdownLine line) =>
        line.Kind == MarkdownLineKind.Bullet ? new string(' ', 2 * line.Level) + "- " + line.Plain : line.Plain;
}
