namespace ChatOps.Lifecycle;

/// <summary>
/// The commands the bot is handling, each from an adapter taking it to its last reply delivered, and whether the
/// bot is draining (SIGTERM): then `chatops serve`'s war room starts no new command but answers with the restart
/// notice, and the last job to end completes the drain. Tracking is never refused: a command arriving while
/// draining is counted too, so its notice is delivered before the connections close.
/// </summary>
public sealed class CommandsInFlight
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private bool _draining;

    public int Running { get { lock (_gate) return _running; } }

    public bool Draining { get { lock (_gate) return _draining; } }

    /// <summary>Counts a job until the returned handle is disposed, draining or not.</summary>
    public IDisposable Track()
    {
        lock (_gate) _running++;
        return new Handle(this);
    }

    private void Exit()
    {
        lock (_gate)
        {
            _running--;
            if (_draining && _running == 0) _drained.TrySetResult();
        }
    }

    /// <summary>Admits no new command; completes when the running ones have ended.</summary>
    public Task DrainAsync()
    {
        lock (_gate)
        {
            _draining = true;
            if (_running == 0) _drained.TrySetResult();
        }
        return _drained.Task;
    }

    private sealed class Handle(CommandsInFlight owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Exit();
        }
    }
}
