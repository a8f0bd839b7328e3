using ChatOps.Bots.Console.Completion;
using ChatOps.Bots.Console.History;

namespace ChatOps.Bots.Console.Editing;

/// <summary>
/// The prompt's key bindings, free of any terminal: a key goes in, the buffer changes, and the result says
/// what the terminal must show. Emacs-style keys as in bash: arrows, Home/End, Backspace/Delete, Ctrl-A/E/B/F,
/// Ctrl-U/K/W, Ctrl-P/N, Alt-B/F, Ctrl-Left/Right, Tab, Ctrl-C, Ctrl-D, Ctrl-L.
/// </summary>
internal sealed class LineEditor(CommandHistory history, CommandCompleter completer)
{
    public LineBuffer Buffer { get; } = new();

    public CommandHistory History => history;

    public EditResult Handle(ConsoleKeyInfo key)
    {
        key = WithControlModifier(key);
        var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
        var alt = key.Modifiers.HasFlag(ConsoleModifiers.Alt);

        if (control)
        {
            switch (key.Key)
            {
                case ConsoleKey.C: return Interrupt();
                case ConsoleKey.D: return Buffer.IsEmpty ? new EditResult(EditOutcome.Exit) : Changed(Buffer.Delete());
                case ConsoleKey.A: return Changed(Buffer.MoveHome());
                case ConsoleKey.E: return Changed(Buffer.MoveEnd());
                case ConsoleKey.B: return Changed(Buffer.MoveLeft());
                case ConsoleKey.F: return Changed(Buffer.MoveRight());
                case ConsoleKey.U: return Changed(Buffer.DeleteToStart());
                case ConsoleKey.K: return Changed(Buffer.DeleteToEnd());
                case ConsoleKey.W: return Changed(Buffer.DeleteWordBefore());
                case ConsoleKey.H: return Changed(Buffer.Backspace());
                case ConsoleKey.P: return Recall(history.Previous(Buffer.Text));
                case ConsoleKey.N: return Recall(history.Next());
                case ConsoleKey.L: return new EditResult(EditOutcome.ClearScreen);
                case ConsoleKey.LeftArrow: return Changed(Buffer.MoveWordLeft());
                case ConsoleKey.RightArrow: return Changed(Buffer.MoveWordRight());
                case ConsoleKey.M or ConsoleKey.J: return Submit();
            }
        }
        if (alt)
        {
            switch (key.Key)
            {
                case ConsoleKey.B or ConsoleKey.LeftArrow: return Changed(Buffer.MoveWordLeft());
                case ConsoleKey.F or ConsoleKey.RightArrow: return Changed(Buffer.MoveWordRight());
            }
        }

        switch (key.Key)
        {
            case ConsoleKey.Enter: return Submit();
            case ConsoleKey.Tab: return Complete();
            case ConsoleKey.LeftArrow: return Changed(Buffer.MoveLeft());
            case ConsoleKey.RightArrow: return Changed(Buffer.MoveRight());
            case ConsoleKey.Home: return Changed(Buffer.MoveHome());
            case ConsoleKey.End: return Changed(Buffer.MoveEnd());
            case ConsoleKey.Backspace: return Changed(Buffer.Backspace());
            case ConsoleKey.Delete: return Changed(Buffer.Delete());
            case ConsoleKey.UpArrow: return Recall(history.Previous(Buffer.Text));
            case ConsoleKey.DownArrow: return Recall(history.Next());
            case ConsoleKey.Escape: return Changed(ClearLine());
        }

        // Printable text only: control characters never reach the line (they could drive the terminal when echoed).
        if (key.KeyChar >= ' ' && !char.IsControl(key.KeyChar) && !control)
        {
            Buffer.Insert(key.KeyChar.ToString());
            return EditResult.Redraw;
        }
        return EditResult.Bell;
    }

    private EditResult Submit()
    {
        var line = Buffer.Text;
        Buffer.Clear();
        history.ResetNavigation();
        return new EditResult(EditOutcome.Submit, line);
    }

    private EditResult Interrupt()
    {
        var abandoned = Buffer.Text;
        Buffer.Clear();
        history.ResetNavigation();
        return new EditResult(EditOutcome.Interrupted, abandoned);
    }

    private bool ClearLine()
    {
        if (Buffer.IsEmpty) return false;
        Buffer.Clear();
        return true;
    }

    private EditResult Recall(string? entry)
    {
        if (entry is null) return EditResult.Bell;
        Buffer.Set(entry);
        return EditResult.Redraw;
    }

    private EditResult Complete()
    {
        var completion = completer.Complete(Buffer.Text, Buffer.Cursor);
        if (completion.Candidates.Count == 0) return EditResult.Bell;

        var typed = Buffer.Text.Substring(completion.Start, Buffer.Cursor - completion.Start);
        if (completion.Candidates.Count == 1)
        {
            var word = completion.Candidates[0];
            var after = Buffer.Text[(completion.Start + completion.Length)..];
            var space = completion.AppendSpace && !after.StartsWith(' ') ? " " : "";
            Buffer.Replace(completion.Start, completion.Length, word + space);
            if (completion.AppendSpace && space == "") Buffer.MoveRight();
            return EditResult.Redraw;
        }

        var common = completion.CommonPrefix();
        if (common.Length > typed.Length)
        {
            Buffer.Replace(completion.Start, Buffer.Cursor - completion.Start, common);
            return EditResult.Redraw;
        }
        return new EditResult(EditOutcome.ShowCandidates, Candidates: completion.Candidates);
    }

    /// <summary>
    /// Some terminals deliver Ctrl-letter as the bare control character with no modifier (0x03 for Ctrl-C);
    /// such a key is read as the Ctrl-letter it stands for, so the bindings above hold everywhere.
    /// </summary>
    private static ConsoleKeyInfo WithControlModifier(ConsoleKeyInfo key)
    {
        var c = key.KeyChar;
        if (key.Modifiers != 0 || c is < '\u0001' or > '\u001a' || key.Key is ConsoleKey.Enter or ConsoleKey.Tab or ConsoleKey.Backspace)
            return key;
        return new ConsoleKeyInfo(c, ConsoleKey.A + (c - 1), shift: false, alt: false, control: true);
    }

    private static EditResult Changed(bool changed) => changed ? EditResult.Redraw : EditResult.Bell;
}
