namespace ChatOps.Bots.Console.Editing;

/// <summary>
/// The part of the line that fits on one terminal row after the prompt, and where the cursor goes in it. A
/// line longer than the row scrolls sideways so the cursor stays visible, instead of wrapping (wrapped lines
/// cannot be redrawn reliably without knowing where the terminal put them).
/// </summary>
internal readonly record struct LineView(string Visible, int CursorColumn)
{
    /// <param name="promptWidth">Columns the prompt takes.</param>
    /// <param name="width">Terminal columns; the last one stays free so the cursor never wraps.</param>
    public static LineView Of(string text, int cursor, int promptWidth, int width)
    {
        var room = Math.Max(1, width - promptWidth - 1);
        if (text.Length <= room) return new LineView(text, promptWidth + cursor);
        var start = cursor < room ? 0 : cursor - room + 1;
        var visible = text.Substring(start, Math.Min(room, text.Length - start));
        return new LineView(visible, promptWidth + cursor - start);
    }
}
