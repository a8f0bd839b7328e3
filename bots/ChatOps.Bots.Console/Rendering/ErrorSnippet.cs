namespace ChatOps.Bots.Console.Rendering;

/// <summary>
/// The stretch of an error's input line to show above the caret: the whole line when it fits, otherwise a
/// window around the column with "…" where it was cut (a 100,000-character line still gets a one-row snippet).
/// </summary>
internal readonly record struct ErrorSnippet(string Text, int CaretOffset)
{
    private const char Cut = '…';

    /// <param name="column">1-based column in <paramref name="input"/>; one past the end points after the last character.</param>
    /// <param name="width">Most characters the snippet may take, at least 10.</param>
    public static ErrorSnippet Of(string input, int column, int width)
    {
        width = Math.Max(10, width);
        var line = TerminalText.CleanLine(input);
        var caret = Math.Clamp(column - 1, 0, line.Length);
        // The caret may sit one past the end, so it needs a column of its own.
        if (line.Length + 1 <= width) return new ErrorSnippet(line, caret);

        var room = width - 2;
        var start = Math.Clamp(caret - room / 2, 0, Math.Max(0, line.Length + 1 - room));
        var end = Math.Min(line.Length, start + room);
        var text = (start > 0 ? Cut.ToString() : "") + line[start..end] + (end < line.Length ? Cut.ToString() : "");
        return new ErrorSnippet(text, caret - start + (start > 0 ? 1 : 0));
    }

    public string CaretLine => new string(' ', CaretOffset) + "^";
}
