using System.Text.RegularExpressions;
using ChatOps.Replies.Markdown;

namespace ChatOps.Execution.Entries;

/// <summary>
/// The pipe tables of GitHub-flavoured markdown, as CommonServerPython's tableToMarkdown writes them:
/// <c>|a|b|</c>, <c>|---|---|</c>, then <c>| x | y |</c> rows, with | and ` in cells escaped by a backslash and
/// a cell's newlines, list items (",&lt;br&gt;") and dict pairs written as &lt;br&gt;.
/// </summary>
internal static partial class MarkdownTable
{
    /// <summary>A line that has a cell separator, i.e. an unescaped pipe.</summary>
    public static bool IsRow(string line) => Split(line).Count > 1 || line.TrimStart().StartsWith('|');

    /// <summary>The |---|:--:| line under a header of that many columns.</summary>
    public static bool IsSeparator(string line, int columns)
    {
        var cells = Split(line);
        return cells.Count == columns && cells.All(c => Alignment().IsMatch(c.Trim()));
    }

    /// <summary>
    /// A row's cells as plain text. Every platform draws a table one line per row, so a cell's &lt;br&gt; (list
    /// items, dict pairs, lines of a value) reads as ", " rather than a newline that would break the grid.
    /// </summary>
    public static IReadOnlyList<string> Cells(string line) =>
        Split(line).Select(cell => MarkdownInline.Plain(CellBreak().Replace(TrailingBreaks().Replace(cell.Trim(), ""), ", ")).Trim()).ToList();

    /// <summary>The raw cells: outer pipes dropped, split on pipes that are not escaped (escapes stay for the inline parser).</summary>
    private static List<string> Split(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('|')) text = text[1..];
        if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal)) text = text[..^1];
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '|')
            {
                cells.Add(text[start..i]);
                start = i + 1;
            }
        }
        cells.Add(text[start..]);
        return cells;
    }

    [GeneratedRegex(@"^:?-+:?$")]
    private static partial Regex Alignment();

    [GeneratedRegex(@"\s*,?\s*<br\s*/?>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CellBreak();

    [GeneratedRegex(@"(\s*,?\s*<br\s*/?>\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBreaks();
}
