using System.Text;

namespace ChatOps.Parsers.Text;

/// <summary>How user text appears inside an error message: quoted, invisible characters made visible, long text cut.</summary>
internal static class Shown
{
    const int Longest = 60;

    public static string Quote(string text) => "\"" + Text(text) + "\"";

    /// <summary>Text without quotes, for words that are plainly words (an unknown command).</summary>
    public static string Text(string text)
    {
        var shown = new StringBuilder(Math.Min(text.Length, Longest) + 8);
        foreach (var c in text.Length > Longest ? text[..(Longest - 3)] : text)
        {
            if (c == '\n') shown.Append("\\n");
            else if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                shown.Append($"\\u{(int)c:X4}");
            else shown.Append(c);
        }

        if (text.Length > Longest) shown.Append("...");
        return shown.ToString();
    }

    /// <summary>One character as a person would want it named; look-alikes from other scripts are called out as non-ASCII.</summary>
    public static string Character(char c) => c switch
    {
        ' ' => "a space",
        _ when char.IsControl(c) => $"control character U+{(int)c:X4}",
        _ when c > '~' => $"the non-ASCII character \"{c}\" (U+{(int)c:X4})",
        _ => $"\"{c}\"",
    };
}
