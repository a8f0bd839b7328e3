namespace ChatOps.Bots.Console.Repl;

/// <summary>The real terminal: keys from System.Console, Ctrl-C as a key at the prompt and as a signal while a command runs.</summary>
internal sealed class SystemConsoleTerminal : IReplTerminal
{
    public ConsoleKeyInfo ReadKey()
    {
        System.Console.TreatControlCAsInput = true;
        return System.Console.ReadKey(intercept: true);
    }

    public bool KeyAvailable => System.Console.KeyAvailable;

    public IDisposable CatchInterrupts(Action onInterrupt)
    {
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            onInterrupt();
        };
        System.Console.TreatControlCAsInput = false;
        System.Console.CancelKeyPress += handler;
        return new Subscription(() => System.Console.CancelKeyPress -= handler);
    }

    private sealed class Subscription(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
