using System.Collections.Concurrent;
using ChatOps.Engine;
using ChatOps.Options;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace ChatOps.Execution.Pool;

/// <summary>
/// Warm script containers per image: reused for the next job, at most a configured number per image, health
/// checked by ping when they sat idle, replaced after a crash, a timeout or N jobs, removed when idle too long.
/// A container serves one job at a time; different containers serve jobs in parallel.
/// </summary>
internal sealed class ContainerPool(
    WarmContainerFactory factory,
    IContainerEngine engine,
    ExecutorOptions options,
    TimeProvider time,
    ILogger<ContainerPool> logger) : IAsyncDisposable
{
    /// <summary>How long a job waits for a settling container before it creates one: less than a cold start (0.7 s here).</summary>
    private static readonly TimeSpan SettleWait = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<PoolKey, ImageSlots> _slots = new();
    private readonly ConcurrentDictionary<string, WarmContainer> _live = new();
    private readonly ConcurrentDictionary<Task, byte> _removals = new();
    private readonly ConcurrentDictionary<Task, byte> _settlings = new();
    private volatile bool _disposed;

    /// <summary>Containers that exist right now (busy or idle), all keys.</summary>
    public int LiveCount => _live.Count;

    /// <summary>Ids of the containers this pool holds, so a leftover sweep spares them.</summary>
    public IReadOnlySet<string> LiveIds => _live.Keys.ToHashSet();

    /// <summary>Warm containers per image: idle ones waiting for a job and busy ones running one.</summary>
    public IEnumerable<Measurement<int>> Sizes()
    {
        foreach (var group in _slots.GroupBy(pair => pair.Key.Image, StringComparer.Ordinal))
        {
            var idle = group.Sum(pair => pair.Value.IdleCount);
            var all = group.Sum(pair => pair.Value.Count);
            yield return new Measurement<int>(idle, new KeyValuePair<string, object?>("image", group.Key), new KeyValuePair<string, object?>("state", "idle"));
            yield return new Measurement<int>(all - idle, new KeyValuePair<string, object?>("image", group.Key), new KeyValuePair<string, object?>("state", "busy"));
        }
    }

    public int IdleCount(PoolKey key) => _slots.TryGetValue(key, out var slots) ? slots.IdleCount : 0;

    /// <summary>Whether a container of the key is settling, so an acquire may be waiting for it rather than starting one.</summary>
    public bool HasSettling(PoolKey key) => _slots.TryGetValue(key, out var slots) && slots.SettlingCount > 0;

    /// <summary>How long an acquire may wait for a settling container before it starts one of its own.</summary>
    public static TimeSpan SettlingWait => SettleWait;

    public async Task<WarmContainer> AcquireAsync(PoolKey key, bool nested, CancellationToken cancellationToken)
    {
        var slots = _slots.GetOrAdd(key, _ => new ImageSlots(Math.Max(1, options.MaxContainersPerImage)));
        var awaitSettling = true;
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var grant = slots.Take(nested, awaitSettling);
            var container = grant.Idle;
            if (grant.Wait is { } wait)
            {
                try
                {
                    // A settling container is usually back within a millisecond; one whose loop is slow to settle
                    // (a big /tmp to empty, a stuck clean-up) is not waited for longer than a fresh one takes to start.
                    container = grant.ForSettling
                        ? await wait.Task.WaitAsync(SettleWait, cancellationToken)
                        : await wait.Task.WaitAsync(cancellationToken);
                }
                catch (TimeoutException)
                {
                    var (handed, given) = slots.Abandon(wait);
                    if (!handed) { awaitSettling = false; continue; }
                    container = given;
                }
                catch (OperationCanceledException)
                {
                    var (handed, given) = slots.Abandon(wait);
                    if (handed && given is not null) Release(given, reusable: true);
                    else if (handed) slots.Free();
                    throw;
                }
            }

            if (container is null) return await CreateAsync(key, slots, cancellationToken);
            if (NeedsHealthCheck(container) && !await IsHealthyAsync(container, cancellationToken))
            {
                logger.LogInformation("Container {Id} of {Key} did not answer ping; replacing it", container.ShortId, key);
                Discard(container, slots);
                continue;
            }
            return container;
        }
    }

    /// <summary>Hands a container back after a job. Not reusable (crashed, timed out, run-once, N jobs) means removed.</summary>
    public void Release(WarmContainer container, bool reusable)
    {
        var slots = _slots[container.Key];
        container.LastUsed = time.GetTimestamp();
        if (reusable && !_disposed && container.Jobs < options.MaxJobsPerContainer)
        {
            container.LastHealthy = container.LastUsed;
            if (slots.Give(container)) return;
        }
        Discard(container, slots);
    }

    /// <summary>
    /// Hands a container back once its job has settled: its answer went out before the loop's `completed`, and until
    /// that comes the container is still the job's (the loop is killing and cleaning up after it), so no other job
    /// may have it. Settled false (no `completed` in the job's time, or the loop ended) means removed.
    /// </summary>
    public void ReleaseWhenSettled(WarmContainer container, Task<bool> settling, bool reusable)
    {
        _slots[container.Key].Settling();
        var release = ReleaseAfterAsync(container, settling, reusable);
        _settlings[release] = 0;
        release.ContinueWith(t => _settlings.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task ReleaseAfterAsync(WarmContainer container, Task<bool> settling, bool reusable)
    {
        bool settled;
        try
        {
            settled = await settling;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Waiting for the loop of container {Id} to complete its job failed", container.ShortId);
            settled = false;
        }
        _slots[container.Key].Settled();
        Release(container, reusable && settled && !container.Session.Retired);
    }

    /// <summary>Removes containers idle longer than IdleTimeout and pings the ones idle longer than HealthCheckAfterIdle.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, slots) in _slots)
        {
            foreach (var stale in slots.TakeIdle(c => time.GetElapsedTime(c.LastUsed) > options.IdleTimeout))
            {
                logger.LogInformation("Removing container {Id} of {Key}: idle for more than {Idle}", stale.ShortId, key, options.IdleTimeout);
                Discard(stale, slots);
            }
            foreach (var check in slots.TakeIdle(NeedsHealthCheck))
            {
                if (await IsHealthyAsync(check, cancellationToken)) Release(check, reusable: true);
                else Discard(check, slots);
            }
        }
    }

    private async Task<WarmContainer> CreateAsync(PoolKey key, ImageSlots slots, CancellationToken cancellationToken)
    {
        try
        {
            var container = await factory.StartAsync(key, cancellationToken);
            _live[container.Id] = container;
            if (_disposed)
            {
                Discard(container, slots);
                throw new ObjectDisposedException(nameof(ContainerPool));
            }
            return container;
        }
        catch
        {
            slots.Free();
            throw;
        }
    }

    private bool NeedsHealthCheck(WarmContainer container) => time.GetElapsedTime(container.LastHealthy) > options.HealthCheckAfterIdle;

    private async Task<bool> IsHealthyAsync(WarmContainer container, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            if (!await container.Session.PingAsync(null, deadline.Token)) return false;
            container.LastHealthy = time.GetTimestamp();
            return true;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }

    private void Discard(WarmContainer container, ImageSlots slots)
    {
        slots.Free();
        var removal = RemoveAsync(container);
        _removals[removal] = 0;
        removal.ContinueWith(t => _removals.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RemoveAsync(WarmContainer container)
    {
        _live.TryRemove(container.Id, out _);
        try
        {
            container.Session.Dispose();
            await engine.RemoveAsync(container.Id, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The janitor removes what is left at the next start: a failed removal must not fail a chat command.
            logger.LogWarning(exception, "Could not remove script container {Id}", container.ShortId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var slots in _slots.Values)
            foreach (var idle in slots.TakeIdle(_ => true))
                Discard(idle, slots);
        // Busy containers too: whoever holds them gets a broken stream and reports it.
        await Task.WhenAll(_live.Values.ToList().Select(RemoveAsync));
        // A job whose answer went out waits for its loop no longer: its container is gone, so it hands it back now.
        await Task.WhenAll(_settlings.Keys.ToList());
        await Task.WhenAll(_removals.Keys.ToList());
    }
}
