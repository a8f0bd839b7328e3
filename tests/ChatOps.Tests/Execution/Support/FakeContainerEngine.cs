using System.Collections.Concurrent;
using ChatOps.Engine;

namespace ChatOps.Tests.Execution.Support;

/// <summary>An engine whose containers are scripted loops: records what was created, removed and killed.</summary>
internal sealed class FakeContainerEngine : IContainerEngine
{
    private int _next;

    public ConcurrentDictionary<string, ScriptedLoopStream> Streams { get; } = new();

    public ConcurrentDictionary<string, ContainerSpec> Created { get; } = new();

    public ConcurrentBag<string> Removed { get; } = [];

    public ConcurrentBag<string> Killed { get; } = [];

    /// <summary>Makes the stream for each new container; a healthy loop by default.</summary>
    public Func<string, ScriptedLoopStream> NewStream { get; set; } = _ => ScriptedLoopStream.Loop();

    /// <summary>How long a create takes (a real engine takes seconds); zero completes at once.</summary>
    public TimeSpan CreateDelay { get; set; } = TimeSpan.Zero;

    public async Task<string> CreateAsync(ContainerSpec spec, CancellationToken cancellationToken)
    {
        if (CreateDelay > TimeSpan.Zero) await Task.Delay(CreateDelay, cancellationToken);
        var id = $"fake{Interlocked.Increment(ref _next):D8}";
        Created[id] = spec;
        Streams[id] = NewStream(id);
        return id;
    }

    public Task PutArchiveAsync(string id, string folder, Stream tar, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IAttachedStream> AttachAsync(string id, CancellationToken cancellationToken) => Task.FromResult<IAttachedStream>(Streams[id]);

    public Task StartAsync(string id, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task KillAsync(string id, CancellationToken cancellationToken)
    {
        Killed.Add(id);
        Streams[id].Emit("EOF");
        return Task.CompletedTask;
    }

    public Task<ContainerState?> InspectAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<ContainerState?>(new ContainerState(false, 137, false));

    public Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        Removed.Add(id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<EngineContainer>> ListAsync(IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EngineContainer>>(Created
            .Where(c => !Removed.Contains(c.Key) && labels.All(l => c.Value.Labels.TryGetValue(l.Key, out var v) && v == l.Value))
            .Select(c => new EngineContainer(c.Key, c.Value.Image, "running", DateTimeOffset.UnixEpoch, c.Value.Labels)).ToList());

    public Task<IReadOnlyList<EngineContainer>> ListUsingImageAsync(string imageId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EngineContainer>>(Created
            .Where(c => !Removed.Contains(c.Key) && c.Value.Image == imageId)
            .Select(c => new EngineContainer(c.Key, c.Value.Image, "running", DateTimeOffset.UnixEpoch, c.Value.Labels)).ToList());
}
