using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Signatures;

/// <summary>
/// Refuses an interaction seen before: each accepted id is remembered until its signed timestamp falls outside
/// Discord:TimestampTolerance, after which the freshness check refuses it anyway. Discord never sends one
/// interaction twice, so a second sight is always a replay of a captured request.
/// </summary>
internal sealed class InteractionReplayGuard(IOptions<DiscordOptions> options, TimeProvider time)
{
    /// <summary>Forgotten entries are swept once this many are held, so memory follows the traffic of one window.</summary>
    private const int SweepAbove = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _forgetAt = new(StringComparer.Ordinal);

    /// <summary>False when this id was accepted already within the window.</summary>
    public bool TryAccept(string interactionId, DateTimeOffset signedAt)
    {
        var now = time.GetUtcNow();
        if (_forgetAt.Count > SweepAbove)
            foreach (var (id, until) in _forgetAt)
                if (until < now) _forgetAt.TryRemove(id, out _);
        var latest = signedAt > now ? signedAt : now;
        return _forgetAt.TryAdd(interactionId, latest + options.Value.TimestampTolerance);
    }
}
