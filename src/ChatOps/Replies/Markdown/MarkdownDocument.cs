using System.Text.RegularExpressions;

namespace ChatOps.Replies.Markdown;

/// <summary>
/// The markdown a script writes (XSOAR HumanReadable), line by line: ATX headings, bullets, paragraph lines and
/// blanks, each line's inline markup as spans. Adapters translate these lines into their platform's syntax, so
/// every platform reads the markdown the same way and none has to parse it. Tables are not lines: the war room
/// takes them out first and sends them as TableReply.
/// </summary>
public static partial class MarkdownDocument
{
    public static IReadOnlyList<MarkdownLine> Parse(string markdown) =>
        // XSOAR content writes <br> for a line break inside a block (CommonServerPython does so for newlines).
        LineBreak().Replace(markdown.ReplaceLineEndings("\n"), "\n").Split('\n').Select(ParseLine).ToList();

    private static MarkdownLine ParseLine(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return new MarkdownLine(MarkdownLineKind.Blank, 0, []);
        if (Heading().Match(line) is { Success: true } heading)
            return new MarkdownLine(MarkdownLineKind.Heading, heading.Groups[1].Length, MarkdownInline.Parse(heading.Groups[2].Value));
        if (Bullet().Match(line) is { Success: true } bullet)
            return new MarkdownLine(MarkdownLineKind.Bullet, Depth(bullet.Groups[1].Value), MarkdownInline.Parse(bullet.Groups[2].Value.TrimEnd()));
        return new MarkdownLine(MarkdownLineKind.Paragraph, 0, MarkdownInline.Parse(line.Trim()));
    }

    /// <summary>Two columns of indent (a tab counts four) per level, as lists nest in the markdown people write.</summary>
    private static int Depth(string indent) => indent.Sum(c => c == '\t' ? 4 : 1) / 2;

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    internal static partial Regex LineBreak();

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([ \t]*)[-*+][ \t]+(.*)$")]
    private static partial Regex Bullet();
}
