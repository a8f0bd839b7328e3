namespace ChatOps.Bots.Console.Completion;

/// <summary>
/// The words of a line as far as completion needs them: blank-separated, with "double" and 'single' quotes
/// (backslash escapes inside) keeping blanks in a value. Not the grammar: only where words start and end.
/// </summary>
internal sealed record LineWords(IReadOnlyList<LineWords.Word> Words, bool CursorInQuotes)
{
    /// <summary>One word and where it sits in the line.</summary>
    internal sealed record Word(int Start, string Text)
    {
        public int End => Start + Text.Length;
    }

    public static LineWords Split(string line, int cursor)
    {
        var words = new List<Word>();
        var start = -1;
        char quote = '\0';
        var cursorInQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (i == cursor) cursorInQuotes = quote != '\0';
            var c = line[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (start >= 0) words.Add(new Word(start, line[start..i]));
                start = -1;
                continue;
            }
            if (start < 0) start = i;
            if (c is '"' or '\'') quote = c;
        }
        if (cursor >= line.Length) cursorInQuotes = quote != '\0';
        if (start >= 0) words.Add(new Word(start, line[start..]));
        return new LineWords(words, cursorInQuotes);
    }
}
