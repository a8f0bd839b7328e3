using System.Text;

namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// Text from chat and from scripts is hostile: an ESC in a reply could recolour, move or retitle the terminal.
/// Control characters other than newline and tab become their visible Unicode "control picture" (NUL -> ␀,
/// ESC -> ␛), one column wide like the character they stand for, so a caret under a column stays aligned.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            clean.Append(Visible(c));
        }
        return clean.ToString();
    }

    /// <summary>For one-line contexts (the error's input line, table cells): newlines and tabs are made visible too.</summary>
    public static string CleanLine(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text) clean.Append(c is '\n' or '\t' ? ControlPicture(c) : Visible(c));
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (IsUnsafe(c)) return true;
        return false;
    }

    private static bool IsUnsafe(char c) => (char.IsControl(c) && c is not '\n' and not '\t') || IsBidiControl(c);

    private static char Visible(char c) => !IsUnsafe(c) ? c : c switch
    {
        < ' ' or '\u007f' => ControlPicture(c),
        _ => '\uFFFD',
    };

    private static char ControlPicture(char c) => c == '\u007f' ? '\u2421' : (char)('\u2400' + c);

    // Bidirectional overrides reorder what is shown ("Trojan Source"); in a war room nobody needs them.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
