namespace ChatOps.App.Service.Shutdown;

/// <summary>
/// Counts the commands the war room is running, and once draining starts admits no more: the last one to end
/// completes the drain. One lock, because "not draining" and "one more running" must be decided together.
/// </summary>
internal sealed class CommandsInFlight
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private bool _draining;

    public int Running { get { lock (_gate) return _running; } }

    public bool Draining { get { lock (_gate) return _draining; } }

    /// <summary>False once draining started: the command must not run.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_draining) return false;
            _running++;
            return true;
        }
    }

    public void Exit()
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
}
