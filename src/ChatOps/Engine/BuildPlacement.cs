using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// Where builds run: each engine of Docker:Engines has a number of build slots (its BuildCapacity, else
/// Images:MaxConcurrentBuilds), and a build takes one on the engine with the most free slots, answering engines
/// first, in the configured order on a tie; so a single engine behaves as the one build semaphore did. A build
/// that finds every slot taken waits (in order of arrival) until one is given back.
/// </summary>
public sealed class BuildPlacement
{
    private readonly EngineSet _engines;
    private readonly EngineHealthBoard _health;
    private readonly Dictionary<string, int> _capacity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _free;
    private readonly Lock _gate = new();

    public BuildPlacement(EngineSet engines, EngineHealthBoard health, IOptions<ImagesOptions> images)
    {
        _engines = engines;
        _health = health;
        foreach (var engine in engines.All) _capacity[engine.Name] = engine.Endpoint.BuildCapacity ?? Math.Max(1, images.Value.MaxConcurrentBuilds);
        Capacity = _capacity.Values.Sum();
        // The endpoints' validation refuses a configuration where no engine builds; a zero here would wait forever.
        _free = new SemaphoreSlim(Math.Max(1, Capacity));
    }

    /// <summary>Build slots over all engines.</summary>
    public int Capacity { get; }

    /// <summary>Build slots free right now over all engines.</summary>
    public int FreeCount => _free.CurrentCount;

    public int CapacityOf(string engine) => _capacity.GetValueOrDefault(engine);

    public int RunningOn(string engine)
    {
        lock (_gate) return _running.GetValueOrDefault(engine);
    }

    /// <summary>Waits for a free slot, then takes one on the engine with the most free slots (see the class).</summary>
    public async Task<BuildSlot> TakeAsync(CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken);
        lock (_gate)
        {
            // The semaphore counts the free slots of all engines, so one of them has room.
            var engine = _engines.All
                .Select((engine, index) => (engine, index, free: _capacity[engine.Name] - _running.GetValueOrDefault(engine.Name)))
                .Where(c => c.free > 0)
                .OrderByDescending(c => _health.IsAnswering(c.engine.Name))
                .ThenByDescending(c => c.free)
                .ThenBy(c => c.index)
                .First().engine;
            _running[engine.Name] = _running.GetValueOrDefault(engine.Name) + 1;
            return new BuildSlot(engine, GiveBack);
        }
    }

    private void GiveBack(ConnectedEngine engine)
    {
        lock (_gate) _running[engine.Name]--;
        _free.Release();
    }
}
