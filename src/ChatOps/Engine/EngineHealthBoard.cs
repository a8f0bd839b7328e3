using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatOps.Engine;

/// <summary>
/// Which engines answer, as last seen: by the health monitor's pings and by every call that found an engine
/// silent. An engine that stops answering is out of rotation from that moment; the next ping that it answers
/// puts it back. All engines count as answering until seen otherwise.
/// </summary>
public sealed class EngineHealthBoard(TimeProvider clock, ILogger<EngineHealthBoard>? logger = null)
{
    // Optional: parts of the war room are composed without logging in tests, and the board must not need it.
    private readonly ILogger _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<EngineHealthBoard>.Instance;

    private readonly ConcurrentDictionary<string, EngineHealth> _byName = new(StringComparer.Ordinal);

    public bool IsAnswering(string engine) => !_byName.TryGetValue(engine, out var health) || health.Answering;

    public EngineHealth Of(string engine) => _byName.GetValueOrDefault(engine) ?? new EngineHealth(true, null, null);

    public void Silent(string engine, string reason)
    {
        var before = Of(engine);
        _byName[engine] = new EngineHealth(false, before.Answering ? clock.GetUtcNow() : before.Since, reason);
        if (before.Answering) _logger.LogWarning("Engine {Engine} is out of rotation: {Reason}", engine, reason);
    }

    public void Answered(string engine)
    {
        var before = Of(engine);
        if (before.Answering) return;
        _byName[engine] = new EngineHealth(true, clock.GetUtcNow(), null);
        _logger.LogInformation("Engine {Engine} answers again and is back in rotation", engine);
    }

    /// <summary>Pings the engine and records the answer; a ping that takes longer than the timeout counts as silence.</summary>
    public async Task<EngineHealth> CheckAsync(ConnectedEngine engine, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await engine.Probe.PingAsync(deadline.Token);
            Answered(engine.Name);
        }
        catch (EngineUnavailableException silent)
        {
            Silent(engine.Name, silent.InnerException?.Message ?? silent.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Silent(engine.Name, $"no answer to a ping within {timeout.TotalSeconds:0.#} s");
        }
        return Of(engine.Name);
    }
}
