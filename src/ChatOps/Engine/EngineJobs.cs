using System.Collections.Concurrent;

namespace ChatOps.Engine;

/// <summary>
/// Script jobs running now, per engine, for /engines: a job counts from the moment its container's loop is handed
/// it until it answered or was stopped. The engine is the one the container was placed on.
/// </summary>
internal sealed class EngineJobs(ScheduledContainerEngine containers)
{
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);

    public int RunningOn(string engine) => _running.GetValueOrDefault(engine);

    /// <summary>Counts a job on the container's engine until the returned scope is disposed.</summary>
    public IDisposable Running(string containerId)
    {
        var engine = containers.EngineOf(containerId);
        _running.AddOrUpdate(engine, 1, (_, count) => count + 1);
        return new Job(() => _running.AddOrUpdate(engine, 0, (_, count) => count - 1));
    }

    private sealed class Job(Action end) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) end();
        }
    }
}
