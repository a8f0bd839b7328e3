namespace ChatOps.Bots.Console.Editing;

/// <summary>
/// The part of the line (Start, Length) that fits on one terminal row after the prompt, and where the cursor goes in it. A
/// line longer than the row scrolls sideways so the cursor stays visible, instead of wrapping (wrapped lines
/// cannot be redrawn reliably without knowing where the terminal put them).
/// </summary>
internal readonly record struct LineView(int Start, int Length, int CursorColumn)
{
    /// <param name="promptWidth">Columns the prompt takes.</param>
    /// <param name="width">Terminal columns; the last one stays free so the cursor never wraps.</param>
    /// <param name="length">Characters in the line.</param>
    public static LineView Of(int length, int cursor, int promptWidth, int width)
    {
        var room = Math.Max(1, width - promptWidth - 1);
        if (length <= room) return new LineView(0, length, promptWidth + cursor);
        var start = cursor < room ? 0 : cursor - room + 1;
        return new LineView(start, Math.Min(room, length - start), promptWidth + cursor - start);
    }

    /// <summary>The visible characters of <paramref name="text"/>.</summary>
    public string Visible(string text) => text.Substring(Start, Length);
}
