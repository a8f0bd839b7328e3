namespace ChatOps.Bots.Console.Editing;

/// <summary>What the terminal has to do after one key.</summary>
internal enum EditOutcome
{
    /// <summary>The line or cursor may have changed: draw the prompt line again.</summary>
    Redraw,
    /// <summary>Enter: the line is finished (EditResult.Line).</summary>
    Submit,
    /// <summary>Ctrl-D on an empty line: leave the REPL.</summary>
    Exit,
    /// <summary>Ctrl-C at the prompt: the line was thrown away; show ^C and a fresh prompt.</summary>
    Interrupted,
    /// <summary>Tab with several possible completions: list them (EditResult.Candidates), then redraw.</summary>
    ShowCandidates,
    /// <summary>Ctrl-L: clear the screen, then redraw.</summary>
    ClearScreen,
    /// <summary>Nothing to do for that key (no completion, start of history, ...): ring the bell.</summary>
    Bell,
}
