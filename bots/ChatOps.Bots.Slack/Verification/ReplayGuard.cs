using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Verification;

/// <summary>
/// Remembers the signatures of accepted requests for as long as their timestamp would still be accepted, so a
/// captured request cannot be sent again. Older entries are dropped as new ones arrive.
/// </summary>
internal sealed class ReplayGuard(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>False when this signature was already accepted within the window.</summary>
    public bool TryRecord(string signature, DateTimeOffset signedAt)
    {
        var now = time.GetUtcNow();
        SweepIfDue(now);
        // Kept until the timestamp itself would be refused as stale, whichever side of now it lies.
        var forgetAt = (signedAt > now ? signedAt : now) + options.Value.TimestampTolerance;
        return _seen.TryAdd(signature, forgetAt);
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, now.UtcTicks + TimeSpan.TicksPerSecond * 10, due) != due) return;
        foreach (var (signature, forgetAt) in _seen)
        {
            if (forgetAt < now) _seen.TryRemove(signature, out _);
        }
    }
}
