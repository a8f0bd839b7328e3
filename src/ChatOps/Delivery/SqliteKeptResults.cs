using System.Globalization;
using System.Text.Json;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Delivery;

/// <summary>
/// Kept results in the bot's SQLite file, one row per result, its replies as the JSON `chatops exec --json` writes.
/// Taking deletes and returns in one statement, so two commands at once never both show the same result.
/// </summary>
public sealed class SqliteKeptResults(Database database, TimeProvider time) : IKeptResults
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS kept_results (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL, user TEXT NOT NULL, channel TEXT NOT NULL,
            line TEXT NOT NULL, replies TEXT NOT NULL, reason TEXT NOT NULL, kept_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS kept_results_owner ON kept_results (platform, user, channel);
        """;

    public async Task KeepAsync(ChatMessage message, IReadOnlyList<Reply> replies, string reason, CancellationToken cancellationToken)
    {
        // A result kept outside the war room (a build the journal finished after a restart) may still carry its
        // remedy apart; the store does not know whether an admin asked, so it is kept in a chat user's words.
        var shown = ReplyDisplay.Of(replies).Where(r => r is not ProgressReply).Select(r => r is ErrorReply error ? error.SaidTo(admin: false) : r).ToList();
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO kept_results (platform, user, channel, line, replies, reason, kept_at)
            VALUES ($platform, $user, $channel, $line, $replies, $reason, $keptAt);
            """;
        command.Parameters.AddWithValue("$platform", message.Platform);
        command.Parameters.AddWithValue("$user", message.User);
        command.Parameters.AddWithValue("$channel", message.Channel);
        command.Parameters.AddWithValue("$line", message.Text);
        command.Parameters.AddWithValue("$replies", JsonSerializer.Serialize<IReadOnlyList<Reply>>(shown));
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$keptAt", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KeptResult>> TakeAsync(string platform, string user, string channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM kept_results WHERE platform = $platform AND user = $user AND channel = $channel
            RETURNING id, line, replies, reason, kept_at;
            """;
        command.Parameters.AddWithValue("$platform", platform);
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$channel", channel);
        var taken = new List<(long Id, KeptResult Result)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var replies = JsonSerializer.Deserialize<IReadOnlyList<Reply>>(reader.GetString(2)) ?? [];
            var keptAt = DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            taken.Add((reader.GetInt64(0), new KeptResult(platform, user, channel, reader.GetString(1), replies, reader.GetString(3), keptAt)));
        }
        // RETURNING gives rows in no promised order.
        return taken.OrderBy(t => t.Id).Select(t => t.Result).ToList();
    }
}
