using System.Globalization;
using ChatOps.Parsers.Binding;

namespace ChatOps.Parsers.Text;

/// <summary>Refuses lines no command can be made of before any tokenising: empty, too long, or with characters that do not belong in one line of text.</summary>
internal static class LineGuard
{
    public const int MaxLength = 10_000;

    public static Problem? TooLong(string text) =>
        text.Length > MaxLength
            ? new Problem($"line is {text.Length} characters long; the limit is {MaxLength}", MaxLength + 1)
            : null;

    public static Problem? Check(string line)
    {
        if (string.IsNullOrWhiteSpace(line) && !line.Any(char.IsControl))
            return new Problem("empty command; type help to see the commands", 1);

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\uFFFD')
                return new Problem("the line is not valid UTF-8 (U+FFFD marks bytes that could not be decoded)", i + 1);
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
                {
                    i++;
                    continue;
                }

                return new Problem($"the line is not valid UTF-8 (unpaired surrogate U+{(int)c:X4})", i + 1);
            }

            if (char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return new Problem($"line separator U+{(int)c:X4} is not allowed; a command is one line of text", i + 1);
            if (char.IsControl(c))
                return new Problem($"control character U+{(int)c:X4}{ControlName(c)} is not allowed; a command is one line of text", i + 1);
            // Invisible direction and zero-width marks hide what a line really says (the zero-width joiner of emoji is harmless).
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200D')
                return new Problem($"invisible formatting character U+{(int)c:X4} is not allowed", i + 1);
        }

        return null;
    }

    static string ControlName(char c) => c switch
    {
        '\0' => " (NUL)",
        '\n' => " (line feed)",
        '\r' => " (carriage return)",
        '\u001B' => " (escape)",
        '\u007F' => " (delete)",
        _ => "",
    };
}
