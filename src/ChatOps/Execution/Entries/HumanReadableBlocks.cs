using ChatOps.Replies;
using ChatOps.Replies.Markdown;

namespace ChatOps.Execution.Entries;

/// <summary>
/// Markdown from a script as replies: each pipe table a TableReply, titled by a heading right above it (what
/// tableToMarkdown writes for a name); the text between tables a MarkdownReply, or a TextReply when it has no
/// markup at all, so plain results stay plain everywhere.
/// </summary>
internal static class HumanReadableBlocks
{
    public static IReadOnlyList<Reply> Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var replies = new List<Reply>();
        var text = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var header = MarkdownTable.IsRow(lines[i]) ? MarkdownTable.Cells(lines[i]) : null;
            if (header is null || i + 1 >= lines.Length || !MarkdownTable.IsSeparator(lines[i + 1], header.Count))
            {
                text.Add(lines[i]);
                continue;
            }
            var title = TakeTitle(text);
            AddText(replies, text);
            var rows = new List<IReadOnlyList<string>>();
            for (i += 2; i < lines.Length && MarkdownTable.IsRow(lines[i]); i++) rows.Add(Fit(MarkdownTable.Cells(lines[i]), header.Count));
            i--;
            replies.Add(new TableReply(title, header, rows));
        }
        AddText(replies, text);
        return replies;
    }

    /// <summary>A heading on the line right above a table is its title, taken out of the text.</summary>
    private static string? TakeTitle(List<string> text)
    {
        if (text.Count == 0 || MarkdownDocument.Parse(text[^1]) is not [{ Kind: MarkdownLineKind.Heading } heading]) return null;
        text.RemoveAt(text.Count - 1);
        return heading.Plain;
    }

    private static void AddText(List<Reply> replies, List<string> text)
    {
        var kept = text.SkipWhile(string.IsNullOrWhiteSpace).Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse().ToList();
        text.Clear();
        if (kept.Count == 0) return;
        var markdown = string.Join('\n', kept);
        var lines = MarkdownDocument.Parse(markdown);
        var plain = lines.All(l => l.Kind is MarkdownLineKind.Paragraph or MarkdownLineKind.Blank && l.Spans.All(s => s.Kind == MarkdownSpanKind.Text));
        replies.Add(plain ? new TextReply(string.Join('\n', lines.Select(l => l.Plain))) : new MarkdownReply(markdown));
    }

    /// <summary>A TableReply has one cell per column: a short row is padded, cells past the header are dropped as GFM does.</summary>
    private static IReadOnlyList<string> Fit(IReadOnlyList<string> cells, int columns) =>
        cells.Count == columns ? cells : cells.Take(columns).Concat(Enumerable.Repeat("", Math.Max(0, columns - cells.Count))).ToList();
}
