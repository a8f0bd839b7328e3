using System.Collections.Concurrent;
using System.Globalization;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Signatures;

/// <summary>
/// Refuses an interaction seen before: each accepted id is remembered until its signed timestamp falls outside
/// Discord:TimestampTolerance, after which the freshness check refuses it anyway. Discord never sends one
/// interaction twice, so a second sight is always a replay of a captured request. The ids are kept in the bot's
/// SQLite file too, so a restart inside the window does not reopen it (memory alone when there is no database).
/// </summary>
internal sealed class InteractionReplayGuard(IOptions<DiscordOptions> options, TimeProvider time, Database? database = null)
{
    /// <summary>Forgotten entries are swept once this many are held, so memory follows the traffic of one window.</summary>
    private const int SweepAbove = 1024;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS discord_seen_interactions (id TEXT PRIMARY KEY, forget_at TEXT NOT NULL);
        """;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _forgetAt = new(StringComparer.Ordinal);

    /// <summary>False when this id was accepted already within the window, by this process or one before it.</summary>
    public async Task<bool> TryAcceptAsync(string interactionId, DateTimeOffset signedAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_forgetAt.Count > SweepAbove)
            foreach (var (id, until) in _forgetAt)
                if (until < now) _forgetAt.TryRemove(id, out _);
        var latest = signedAt > now ? signedAt : now;
        var forgetAt = latest + options.Value.TimestampTolerance;
        if (!_forgetAt.TryAdd(interactionId, forgetAt)) return false;
        return database is null || await FirstSightOnFileAsync(interactionId, now, forgetAt, cancellationToken);
    }

    /// <summary>One statement decides, so two processes on one file cannot both accept an id; expired ids are dropped first.</summary>
    private async Task<bool> FirstSightOnFileAsync(string interactionId, DateTimeOffset now, DateTimeOffset forgetAt, CancellationToken cancellationToken)
    {
        await using var connection = await database!.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM discord_seen_interactions WHERE forget_at < $now;
            INSERT OR IGNORE INTO discord_seen_interactions (id, forget_at) VALUES ($id, $forgetAt);
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$now", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$id", interactionId);
        command.Parameters.AddWithValue("$forgetAt", forgetAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }
}
