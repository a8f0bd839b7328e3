using ChatOps.Bots.Console.Repl;

namespace ChatOps.Bots.Tests.Console.Support;

/// <summary>A keyboard that types a prepared script of keys and lets the test press Ctrl-C while a command runs.</summary>
/// <param name="pasted">True: the keys arrive at once, as a paste does, so KeyAvailable is true while more are queued.</param>
internal sealed class ScriptedTerminal(IEnumerable<ConsoleKeyInfo> keys, bool pasted = false) : IReplTerminal
{
    private readonly Queue<ConsoleKeyInfo> _keys = new(keys);
    private Action? _onInterrupt;

    public int InterruptsCaught { get; private set; }

    public ConsoleKeyInfo ReadKey() =>
        _keys.TryDequeue(out var key) ? key : throw new InvalidOperationException("The key script ran out: the REPL asked for more keys than the test typed.");

    /// <summary>Typed keys arrive one by one, as at a keyboard, so every key is drawn; pasted ones are all waiting.</summary>
    public bool KeyAvailable => pasted && _keys.Count > 0;

    public IDisposable CatchInterrupts(Action onInterrupt)
    {
        _onInterrupt = onInterrupt;
        return new Release(this);
    }

    /// <summary>Ctrl-C while a command runs; false when no command was running.</summary>
    public bool PressCtrlC()
    {
        if (_onInterrupt is null) return false;
        InterruptsCaught++;
        _onInterrupt();
        return true;
    }

    private sealed class Release(ScriptedTerminal terminal) : IDisposable
    {
        public void Dispose() => terminal._onInterrupt = null;
    }
}
