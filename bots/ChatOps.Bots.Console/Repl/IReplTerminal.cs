namespace ChatOps.Bots.Console.Repl;

/// <summary>The keyboard side of the terminal, so the REPL loop can be driven by scripted keys in tests.</summary>
internal interface IReplTerminal
{
    /// <summary>The next key, without echo; Ctrl-C arrives as a key here (it clears the line at the prompt).</summary>
    ConsoleKeyInfo ReadKey();

    /// <summary>True when another key is already waiting (a paste): the prompt is redrawn once they are all read.</summary>
    bool KeyAvailable { get; }

    /// <summary>While a command runs: Ctrl-C calls <paramref name="onInterrupt"/> instead of ending the process. Dispose when the command ends.</summary>
    IDisposable CatchInterrupts(Action onInterrupt);
}
