using System.Diagnostics;
using ChatOps.Bench.Execution;
using ChatOps.Engine;
using ChatOps.Execution.Pool;
using ChatOps.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bench.Engines;

/// <summary>
/// One side of the comparison: the script feature composed as the app composes it for a given Docker:Engines,
/// a pool of one warm container per engine (or as many on the one engine), and what its timed rounds gave:
/// every round's wall-clock time and the bot's CPU over them. The engine health monitor runs as in `serve`,
/// since its pings are part of what several engines cost.
/// </summary>
internal sealed class MeasuredComposition : IAsyncDisposable
{
    private readonly BenchHost _host;
    private readonly TrivialScript _script;
    private readonly IHostedService[] _monitors;
    private readonly ContainerPool _pool;
    private readonly PoolKey _key;
    private List<WarmContainer> _containers = [];
    private TimeSpan _cpu;
    private int _blocks;

    private MeasuredComposition(string name, BenchHost host, TrivialScript script)
    {
        Name = name;
        _host = host;
        _script = script;
        _monitors = host.Services.GetServices<IHostedService>().Where(s => s is EngineHealthMonitor).ToArray();
        _pool = host.Services.GetRequiredService<ContainerPool>();
        _key = new PoolKey(host.Services.GetRequiredService<ExecutorOptions>().DefaultPython3Image, "python3");
    }

    public string Name { get; }

    public List<TimeSpan> Samples { get; } = [];

    /// <summary>For each sample, the engine whose container ran it.</summary>
    public List<string> SampleEngines { get; } = [];

    public double BotCpuPerScriptMs => _cpu.TotalMilliseconds / Samples.Count;

    /// <summary>Container id to the name of the engine it is on, once <see cref="WarmAsync"/> placed them.</summary>
    public Dictionary<string, string> Placement { get; } = new(StringComparer.Ordinal);

    public static async Task<MeasuredComposition> StartAsync(string name, string root, TrivialScript script, int containers,
        IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var measured = new MeasuredComposition(name, BenchHost.Create(root, script.ContentFolder, containers, settings), script);
        foreach (var monitor in measured._monitors) await monitor.StartAsync(cancellationToken);
        return measured;
    }

    public Task<int> RunOnceAsync() => _host.RunOnceAsync(_script.Command, _script.Message);

    /// <summary>
    /// Fills the pool with jobs that arrive together, so each needs a container of its own and the scheduler
    /// places them all (over three engines: one on each, the least loaded first); then records where they went.
    /// </summary>
    public async Task WarmAsync(int containers, CancellationToken cancellationToken)
    {
        await Task.WhenAll(Enumerable.Range(0, containers).Select(_ => RunOnceAsync()));
        // Where the scheduler put each (engines may share one dockerd, so a listing per engine could not tell).
        var mine = new Dictionary<string, string> { [ManagedLabels.Instance] = _host.InstanceId };
        var scheduler = _host.Services.GetRequiredService<ScheduledContainerEngine>();
        foreach (var container in await _host.Services.GetRequiredService<IContainerEngine>().ListAsync(mine, cancellationToken))
            Placement[container.Id] = scheduler.EngineOf(container.Id);
    }

    /// <summary>
    /// Times a block of rounds, one script at a time. First the pool's containers are put back in an order that
    /// hands the next job to the container of the next engine in turn: the pool reuses the container that came
    /// back last, so without this one engine would take nearly every job and the others would only be placed on.
    /// </summary>
    public async Task RunBlockAsync(int rounds, CancellationToken cancellationToken)
    {
        await RotateAsync();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var jobsBefore = _containers.Select(c => c.Jobs).ToArray();
            var clock = Stopwatch.StartNew();
            await RunOnceAsync();
            Samples.Add(clock.Elapsed);
            // The runner counts a job on its container when it takes it, so the one whose count moved ran this one.
            var ran = _containers.Where((c, index) => c.Jobs != jobsBefore[index]).Select(c => Placement.GetValueOrDefault(c.Id)).FirstOrDefault();
            SampleEngines.Add(ran ?? "?");
        }
        _cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    }

    /// <summary>Drops what the warm-up's blocks recorded, so only the timed blocks count.</summary>
    public void ForgetSamples()
    {
        Samples.Clear();
        SampleEngines.Clear();
        _cpu = TimeSpan.Zero;
    }

    /// <summary>Puts the container of the next engine in turn on top of the pool.</summary>
    private async Task RotateAsync()
    {
        var all = await TakeAllAsync();
        _containers = all;
        var engines = Placement.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        var next = engines[_blocks++ % engines.Count];
        // Released last means taken first.
        foreach (var container in all.OrderBy(c => Placement.GetValueOrDefault(c.Id) == next)) _pool.Release(container, reusable: true);
    }

    /// <summary>Every container of the pool, taken out of it (waiting for any whose last job is still settling).</summary>
    private async Task<List<WarmContainer>> TakeAllAsync()
    {
        var all = new List<WarmContainer>();
        for (var i = 0; i < Placement.Count; i++) all.Add(await _pool.AcquireAsync(_key, nested: false, CancellationToken.None));
        return all;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var monitor in _monitors) await monitor.StopAsync(CancellationToken.None);
        await _host.DisposeAsync();
    }
}
