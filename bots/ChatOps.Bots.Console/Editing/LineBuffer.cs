using System.Text;

namespace ChatOps.Bots.Console.Editing;

/// <summary>The text being typed at the prompt and the cursor in it (0 = before the first character).</summary>
internal sealed class LineBuffer
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public int Length => _text.Length;

    /// <summary>Part of the line, without copying the rest (a pasted line can be 100,000 characters; each key redraws).</summary>
    public string Slice(int start, int length) => _text.ToString(start, length);

    public int Cursor { get; private set; }

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Replaces the whole line (a history entry, a completion) and puts the cursor at <paramref name="cursor"/> or the end.</summary>
    public void Set(string text, int? cursor = null)
    {
        _text.Clear().Append(text);
        Cursor = Math.Clamp(cursor ?? text.Length, 0, text.Length);
    }

    public void Clear() => Set("");

    public void Insert(string text)
    {
        _text.Insert(Cursor, text);
        Cursor += text.Length;
    }

    /// <summary>Replaces <paramref name="length"/> characters from <paramref name="start"/> and leaves the cursor after the new text.</summary>
    public void Replace(int start, int length, string text)
    {
        _text.Remove(start, length).Insert(start, text);
        Cursor = start + text.Length;
    }

    public bool Backspace()
    {
        if (Cursor == 0) return false;
        _text.Remove(--Cursor, 1);
        return true;
    }

    public bool Delete()
    {
        if (Cursor == _text.Length) return false;
        _text.Remove(Cursor, 1);
        return true;
    }

    public bool MoveLeft() => MoveTo(Cursor - 1);

    public bool MoveRight() => MoveTo(Cursor + 1);

    public bool MoveHome() => MoveTo(0);

    public bool MoveEnd() => MoveTo(_text.Length);

    /// <summary>To the start of the word before the cursor (Ctrl-Left, Alt-B).</summary>
    public bool MoveWordLeft() => MoveTo(WordStartBefore(Cursor));

    /// <summary>To the end of the word after the cursor (Ctrl-Right, Alt-F).</summary>
    public bool MoveWordRight()
    {
        var position = Cursor;
        while (position < _text.Length && char.IsWhiteSpace(_text[position])) position++;
        while (position < _text.Length && !char.IsWhiteSpace(_text[position])) position++;
        return MoveTo(position);
    }

    /// <summary>Ctrl-W: deletes the word before the cursor and the blanks after it.</summary>
    public bool DeleteWordBefore()
    {
        var start = WordStartBefore(Cursor);
        if (start == Cursor) return false;
        _text.Remove(start, Cursor - start);
        Cursor = start;
        return true;
    }

    /// <summary>Ctrl-U: deletes everything before the cursor.</summary>
    public bool DeleteToStart()
    {
        if (Cursor == 0) return false;
        _text.Remove(0, Cursor);
        Cursor = 0;
        return true;
    }

    /// <summary>Ctrl-K: deletes everything from the cursor on.</summary>
    public bool DeleteToEnd()
    {
        if (Cursor == _text.Length) return false;
        _text.Remove(Cursor, _text.Length - Cursor);
        return true;
    }

    private int WordStartBefore(int position)
    {
        while (position > 0 && char.IsWhiteSpace(_text[position - 1])) position--;
        while (position > 0 && !char.IsWhiteSpace(_text[position - 1])) position--;
        return position;
    }

    private bool MoveTo(int position)
    {
        position = Math.Clamp(position, 0, _text.Length);
        if (position == Cursor) return false;
        Cursor = position;
        return true;
    }
}
