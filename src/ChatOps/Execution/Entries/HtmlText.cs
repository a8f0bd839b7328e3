using System.Net;
using System.Text.RegularExpressions;

namespace ChatOps.Execution.Entries;

/// <summary>
/// An html entry as text: no chat platform renders a script's HTML, so its tags go and its text stays. Line
/// breaks and the ends of block elements become newlines so paragraphs and rows do not run together; scripts
/// and styles go with their content, since their content is not text anybody wrote to be read.
/// </summary>
internal static partial class HtmlText
{
    public static string Strip(string html)
    {
        var text = Invisible().Replace(html, "");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return BlankLines().Replace(text.ReplaceLineEndings("\n"), "\n\n").Trim();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|tr|h[1-6]|table|ul|ol)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<!--.*?-->|</?[a-zA-Z][^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankLines();
}
