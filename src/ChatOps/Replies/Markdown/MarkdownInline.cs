using System.Text;

namespace ChatOps.Replies.Markdown;

/// <summary>
/// Inline markdown as spans: backslash escapes, `code`, **bold** / __bold__, *italic* / _italic_ and
/// [text](url). Deliberately stricter than CommonMark about emphasis: a single * or _ only opens or closes at a
/// word boundary, so snake_case names, 2*3*4 and *.exe patterns in script output keep every character.
/// Markup inside bold, italic and link text is flattened into that span's text.
/// </summary>
public static class MarkdownInline
{
    public static IReadOnlyList<MarkdownSpan> Parse(string text)
    {
        var spans = new List<MarkdownSpan>();
        var plain = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                plain.Append(text[i + 1]);
                i += 2;
                continue;
            }
            if ((TryCode(text, i) ?? TryLink(text, i) ?? TryEmphasis(text, i)) is { } found)
            {
                var (span, end) = found;
                if (plain.Length > 0) spans.Add(new MarkdownSpan(MarkdownSpanKind.Text, plain.ToString()));
                plain.Clear();
                spans.Add(span);
                i = end;
                continue;
            }
            plain.Append(text[i++]);
        }
        if (plain.Length > 0) spans.Add(new MarkdownSpan(MarkdownSpanKind.Text, plain.ToString()));
        return spans;
    }

    /// <summary>The text with its markup taken out, links followed by their address.</summary>
    public static string Plain(string text) => string.Concat(Parse(text).Select(s => s.Plain));

    private static (MarkdownSpan, int)? TryCode(string text, int start)
    {
        if (text[start] != '`') return null;
        var fence = Run(text, start, '`');
        for (var close = text.IndexOf('`', start + fence); close >= 0; close = text.IndexOf('`', close + Run(text, close, '`')))
        {
            if (Run(text, close, '`') != fence) continue;
            var code = text[(start + fence)..close];
            // As in CommonMark, one space on each side lets a code span start or end with a backtick.
            if (code.Length > 1 && code[0] == ' ' && code[^1] == ' ' && code.Trim().Length > 0) code = code[1..^1];
            return code.Length == 0 ? null : (new MarkdownSpan(MarkdownSpanKind.Code, code), close + fence);
        }
        return null;
    }

    private static (MarkdownSpan, int)? TryLink(string text, int start)
    {
        if (text[start] != '[') return null;
        var close = Unescaped(text, start + 1, "]");
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(') return null;
        var end = text.IndexOf(')', close + 2);
        if (end < 0) return null;
        // [text](url "title"): the title is not shown anywhere we render, so only the address is kept.
        var target = text[(close + 2)..end].Trim().Split(' ', 2)[0];
        if (target.Length == 0) return null;
        return (new MarkdownSpan(MarkdownSpanKind.Link, Plain(text[(start + 1)..close]), target.Trim('<', '>')), end + 1);
    }

    private static (MarkdownSpan, int)? TryEmphasis(string text, int start)
    {
        var marker = text[start];
        if (marker is not ('*' or '_')) return null;
        var delimiter = start + 1 < text.Length && text[start + 1] == marker ? new string(marker, 2) : marker.ToString();
        var strong = delimiter.Length == 2;
        // Intraword ** is bold (a**b**c); everything else must open and close at a word boundary.
        var bounded = !strong || marker == '_';
        var first = start + delimiter.Length;
        if (first >= text.Length || char.IsWhiteSpace(text[first])) return null;
        if (bounded && start > 0 && char.IsLetterOrDigit(text[start - 1])) return null;

        for (var close = Unescaped(text, first + 1, delimiter); close >= 0; close = Unescaped(text, close + 1, delimiter))
        {
            var after = close + delimiter.Length;
            if (char.IsWhiteSpace(text[close - 1])) continue;
            if (!strong && after < text.Length && text[after] == marker) continue;
            if (bounded && after < text.Length && char.IsLetterOrDigit(text[after])) continue;
            var kind = strong ? MarkdownSpanKind.Bold : MarkdownSpanKind.Italic;
            return (new MarkdownSpan(kind, Plain(text[first..close])), after);
        }
        return null;
    }

    /// <summary>Where the delimiter next occurs at or after <paramref name="from"/> outside a backslash escape; -1 if nowhere.</summary>
    private static int Unescaped(string text, int from, string delimiter)
    {
        for (var i = from; i <= text.Length - delimiter.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (string.CompareOrdinal(text, i, delimiter, 0, delimiter.Length) == 0) return i;
        }
        return -1;
    }

    private static int Run(string text, int start, char c)
    {
        var end = start;
        while (end < text.Length && text[end] == c) end++;
        return end - start;
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}
