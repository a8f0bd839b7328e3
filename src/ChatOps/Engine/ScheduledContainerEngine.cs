using System.Collections.Concurrent;

namespace ChatOps.Engine;

/// <summary>
/// The container engine over every engine of Docker:Engines: a create goes to an engine that answers, holds the
/// image and is least loaded (containers placed there for its capacity), among those that carry the labels the
/// container needs; every later call on that container goes to the engine it was created on. The pool keeps its
/// warm containers wherever they are, so a job of an image goes back to the engine of its warm container without
/// asking. A create that finds its engine silent moves to the next one (the job had not started); a call on a
/// started container of a silent engine fails, and the engine is out of rotation from then on. With Images:Registry
/// configured, an engine that lacks the image may take the container when those holding it are full, and pulls
/// the image first; without one, only the engines holding the image may take it. A container that needs engine
/// labels (an integration instance's EngineLabels, or egress) goes only to an answering engine carrying them.
/// </summary>
internal sealed class ScheduledContainerEngine(EngineSet engines, EngineHealthBoard health, RegistryImagePuller? registry = null) : IContainerEngine
{
    /// <summary>The engine label a container with a network (an integration instance's egress) needs, once any engine carries it.</summary>
    public const string EgressLabel = "egress";

    // Containers created here and not removed: where each is, and so how loaded each engine is.
    private readonly ConcurrentDictionary<string, ConnectedEngine> _placed = new(StringComparer.Ordinal);

    // Containers listed on an engine (a leftover of an earlier run): where each is, without counting as load.
    private readonly ConcurrentDictionary<string, ConnectedEngine> _seen = new(StringComparer.Ordinal);

    // Creates under way, per engine: counted as load from the moment an engine is chosen, so jobs that arrive
    // together do not all pick the engine that was least loaded before any of them.
    private readonly Dictionary<string, int> _reserved = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many containers created here are on the engine now, or being created there.</summary>
    public int LoadOf(string engine)
    {
        lock (_gate) return Load(engine);
    }

    // Under _gate.
    private int Load(string engine) => _placed.Values.Count(e => e.Name == engine) + _reserved.GetValueOrDefault(engine);

    /// <summary>The name of the engine the container is on (the default one for a container this bot does not know).</summary>
    public string EngineOf(string id) => (_placed.GetValueOrDefault(id) ?? _seen.GetValueOrDefault(id) ?? engines.Default).Name;

    public async Task<string> CreateAsync(ContainerSpec spec, CancellationToken cancellationToken)
    {
        var eligible = Eligible(spec);
        var holding = await HoldingAsync(eligible, spec.Image, cancellationToken);
        if (registry?.IsConfigured != true && eligible.Count > 1)
        {
            // No registry to pull from: an engine without the image could not create the container. The message
            // says "is not in the engine" as a single engine's does, so the user is shown the same remedy.
            eligible = eligible.Where((_, index) => holding[index]).ToList();
            if (eligible.Count == 0)
                throw new EngineOperationException($"The image {spec.Image} is not in the engine: no answering engine of Docker:Engines holds it. Build it with /docker_image_create or pull it first, or set Images:Registry so that an engine pulls what another built.");
            holding = [.. eligible.Select(_ => true)];
        }
        var tried = new HashSet<string>(StringComparer.Ordinal);
        Exception? failed = null;
        while (Reserve(eligible, holding, tried) is { } engine)
        {
            try
            {
                if (!holding[IndexOf(eligible, engine)]) await registry!.PullAsync(engine, spec.Image, cancellationToken);
                var id = await engine.Containers.CreateAsync(spec, cancellationToken);
                _placed[id] = engine;
                return id;
            }
            catch (EngineUnavailableException exception) when (engines.All.Count > 1)
            {
                // Nothing had started: the next engine takes the container.
                health.Silent(engine.Name, exception.InnerException?.Message ?? exception.Message);
                failed = exception;
            }
            catch (EngineOperationException exception) when (!holding[IndexOf(eligible, engine)])
            {
                // The pull failed (the registry may not have an image the bot did not build): one holding it may still take it.
                failed = exception;
            }
            finally
            {
                lock (_gate) _reserved[engine.Name]--;
            }
        }
        throw failed!;
    }

    private static int IndexOf(IReadOnlyList<ConnectedEngine> eligible, ConnectedEngine engine)
    {
        for (var index = 0; index < eligible.Count; index++)
            if (eligible[index] == engine) return index;
        return -1;
    }

    public Task PutArchiveAsync(string id, string folder, Stream tar, CancellationToken cancellationToken) =>
        OnAsync(id, engine => engine.Containers.PutArchiveAsync(id, folder, tar, cancellationToken));

    public Task<IAttachedStream> AttachAsync(string id, CancellationToken cancellationToken) =>
        OnAsync(id, engine => engine.Containers.AttachAsync(id, cancellationToken));

    public Task StartAsync(string id, CancellationToken cancellationToken) =>
        OnAsync(id, engine => engine.Containers.StartAsync(id, cancellationToken));

    public Task KillAsync(string id, CancellationToken cancellationToken) =>
        OnAsync(id, engine => engine.Containers.KillAsync(id, cancellationToken));

    public Task<ContainerState?> InspectAsync(string id, CancellationToken cancellationToken) =>
        OnAsync(id, engine => engine.Containers.InspectAsync(id, cancellationToken));

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await OnAsync(id, engine => engine.Containers.RemoveAsync(id, cancellationToken));
        _placed.TryRemove(id, out _);
        _seen.TryRemove(id, out _);
    }

    public Task<IReadOnlyList<EngineContainer>> ListAsync(IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) =>
        ListEverywhereAsync(engine => engine.Containers.ListAsync(labels, cancellationToken));

    public Task<IReadOnlyList<EngineContainer>> ListUsingImageAsync(string imageId, CancellationToken cancellationToken) =>
        ListEverywhereAsync(engine => engine.Containers.ListUsingImageAsync(imageId, cancellationToken));

    /// <summary>
    /// The engines that may take the container: all, or those carrying the labels it needs. When it needs labels and
    /// none of the engines carrying them answers, there is nowhere to put it: say so now, with the remedy, rather
    /// than try a silent engine.
    /// </summary>
    /// <exception cref="NoEngineWithLabelsException">No answering engine carries the labels.</exception>
    private IReadOnlyList<ConnectedEngine> Eligible(ContainerSpec spec)
    {
        var needed = NeededLabels(spec);
        var eligible = engines.All.Where(engine => needed.All(engine.Endpoint.Labels.Contains)).ToList();
        if (needed.Count > 0 && !eligible.Any(engine => health.IsAnswering(engine.Name)))
            throw new NoEngineWithLabelsException(needed, eligible.Select(engine => engine.Name).ToList());
        return eligible;
    }

    private async Task<bool[]> HoldingAsync(IReadOnlyList<ConnectedEngine> eligible, string image, CancellationToken cancellationToken) =>
        eligible.Count == 1 ? [true] : await Task.WhenAll(eligible.Select(engine => HoldsAsync(engine, image, cancellationToken)));

    /// <summary>
    /// The best engine not tried yet, its slot taken: answering, with room (below its capacity), holding the image,
    /// least loaded for its capacity, in configured order on a tie. Null when every engine was tried. Room comes
    /// before holding so that a full engine's image is pulled where there is room rather than waited for; without
    /// a registry every candidate holds the image, and room then orders as load does.
    /// </summary>
    private ConnectedEngine? Reserve(IReadOnlyList<ConnectedEngine> eligible, bool[] holding, HashSet<string> tried)
    {
        lock (_gate)
        {
            var best = eligible
                .Select((engine, index) => (engine, index, holds: holding[index]))
                .Where(c => !tried.Contains(c.engine.Name))
                .OrderByDescending(c => health.IsAnswering(c.engine.Name))
                .ThenByDescending(c => Load(c.engine.Name) < c.engine.Endpoint.Capacity)
                .ThenByDescending(c => c.holds)
                .ThenBy(c => (double)Load(c.engine.Name) / c.engine.Endpoint.Capacity)
                .ThenBy(c => c.index)
                .Select(c => c.engine)
                .FirstOrDefault();
            if (best is null) return null;
            tried.Add(best.Name);
            _reserved[best.Name] = _reserved.GetValueOrDefault(best.Name) + 1;
            return best;
        }
    }

    /// <summary>
    /// What the spec requires (an integration instance's EngineLabels), and egress where an engine says it may (the
    /// label), once any engine says so; otherwise every engine may take a container with a network.
    /// </summary>
    private IReadOnlyList<string> NeededLabels(ContainerSpec spec)
    {
        var egress = spec.NetworkMode != "none" && engines.All.Any(engine => engine.Endpoint.Labels.Contains(EgressLabel));
        return (egress ? spec.RequiredEngineLabels.Append(EgressLabel) : spec.RequiredEngineLabels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<bool> HoldsAsync(ConnectedEngine engine, string image, CancellationToken cancellationToken)
    {
        if (!health.IsAnswering(engine.Name)) return false;
        try
        {
            return await engine.Images.InspectImageAsync(image, cancellationToken) is not null;
        }
        catch (EngineUnavailableException exception)
        {
            health.Silent(engine.Name, exception.InnerException?.Message ?? exception.Message);
            return false;
        }
    }

    private async Task<T> OnAsync<T>(string id, Func<ConnectedEngine, Task<T>> call)
    {
        var engine = _placed.GetValueOrDefault(id) ?? _seen.GetValueOrDefault(id) ?? engines.Default;
        try
        {
            return await call(engine);
        }
        catch (EngineUnavailableException exception)
        {
            health.Silent(engine.Name, exception.InnerException?.Message ?? exception.Message);
            throw;
        }
    }

    private Task OnAsync(string id, Func<ConnectedEngine, Task> call) => OnAsync(id, async engine => { await call(engine); return true; });

    /// <summary>Every engine's answer together; a silent engine is left out (its containers are listed when it answers again), unless all are.</summary>
    private async Task<IReadOnlyList<EngineContainer>> ListEverywhereAsync(Func<ConnectedEngine, Task<IReadOnlyList<EngineContainer>>> list)
    {
        if (engines.All.Count == 1) return await list(engines.Default);
        var all = new List<EngineContainer>();
        EngineUnavailableException? silent = null;
        var answered = 0;
        foreach (var engine in engines.All)
        {
            try
            {
                foreach (var container in await list(engine))
                {
                    if (!_placed.ContainsKey(container.Id)) _seen[container.Id] = engine;
                    all.Add(container);
                }
                answered++;
            }
            catch (EngineUnavailableException exception)
            {
                health.Silent(engine.Name, exception.InnerException?.Message ?? exception.Message);
                silent = exception;
            }
        }
        if (answered == 0) throw silent!;
        return all;
    }
}
