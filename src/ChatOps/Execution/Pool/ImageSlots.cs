namespace ChatOps.Execution.Pool;

/// <summary>
/// The containers of one pool key: idle ones, how many exist (busy included, at most the maximum), and jobs
/// waiting in order. Pure bookkeeping under one lock; the engine work happens outside it.
/// </summary>
internal sealed class ImageSlots(int maximum)
{
    private readonly object _gate = new();
    private readonly Stack<WarmContainer> _idle = new();
    private readonly LinkedList<TaskCompletionSource<WarmContainer?>> _waiters = new();
    private int _count;
    private int _settling;

    public int Count { get { lock (_gate) return _count; } }

    public int IdleCount { get { lock (_gate) return _idle.Count; } }

    /// <summary>Containers whose job answered and whose loop has not yet said `completed`.</summary>
    public int SettlingCount { get { lock (_gate) return _settling; } }

    /// <param name="overflow">A nested call (a script waiting on another script) may not wait for a slot its caller holds.</param>
    /// <param name="awaitSettling">
    /// Whether to queue for a container whose job has answered but not yet settled (its loop is still killing and
    /// cleaning up, about a millisecond) rather than create one (most of a second): the grant then says so.
    /// </param>
    public SlotGrant Take(bool overflow, bool awaitSettling = true)
    {
        lock (_gate)
        {
            if (_idle.Count > 0) return new SlotGrant(_idle.Pop(), null);
            if (awaitSettling && !overflow && _settling > _waiters.Count)
            {
                var settled = new TaskCompletionSource<WarmContainer?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.AddLast(settled);
                return new SlotGrant(null, settled, ForSettling: true);
            }
            if (_count < maximum || overflow)
            {
                _count++;
                return new SlotGrant(null, null);
            }
            var waiter = new TaskCompletionSource<WarmContainer?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.AddLast(waiter);
            return new SlotGrant(null, waiter);
        }
    }

    /// <summary>A container's job answered; until it settles (<see cref="Settled"/>) a job may wait for it.</summary>
    public void Settling()
    {
        lock (_gate) _settling++;
    }

    /// <summary>The container's job settled: it is given back or freed next.</summary>
    public void Settled()
    {
        lock (_gate) _settling--;
    }

    /// <summary>A healthy container comes back: to the first waiter, else idle. False when it must go (over the maximum).</summary>
    public bool Give(WarmContainer container)
    {
        lock (_gate)
        {
            if (_waiters.First is { } first)
            {
                _waiters.RemoveFirst();
                first.Value.SetResult(container);
                return true;
            }
            if (_count > maximum) return false;
            _idle.Push(container);
            return true;
        }
    }

    /// <summary>A container is gone: its slot goes to the first waiter (who creates one) or is freed.</summary>
    public void Free()
    {
        lock (_gate)
        {
            if (_count <= maximum && _waiters.First is { } first)
            {
                _waiters.RemoveFirst();
                first.Value.SetResult(null);
                return;
            }
            _count--;
        }
    }

    /// <summary>A waiter gave up. Returns what it had already been handed, if anything, so the caller passes it on.</summary>
    public (bool Handed, WarmContainer? Container) Abandon(TaskCompletionSource<WarmContainer?> waiter)
    {
        lock (_gate)
        {
            if (_waiters.Remove(waiter)) return (false, null);
        }
        return (true, waiter.Task.Result);
    }

    /// <summary>Takes the idle containers matching the predicate out of the pool (for health checks and idle expiry).</summary>
    public List<WarmContainer> TakeIdle(Func<WarmContainer, bool> predicate)
    {
        lock (_gate)
        {
            var all = _idle.ToList();
            var taken = all.Where(predicate).ToList();
            _idle.Clear();
            foreach (var container in Enumerable.Reverse(all).Except(taken)) _idle.Push(container);
            return taken;
        }
    }
}
