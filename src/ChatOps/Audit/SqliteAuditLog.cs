using ChatOps.Storage;

namespace ChatOps.Audit;

/// <summary>Audit rows in the bot's SQLite file (table audit).</summary>
internal sealed class SqliteAuditLog(Database database, TimeProvider clock) : IAuditLog
{
    private const int MaxStoredTextLength = 4000;

    public async Task RecordAsync(ChatMessage message, string verb, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL, platform TEXT NOT NULL, user TEXT NOT NULL, channel TEXT NOT NULL,
                verb TEXT NOT NULL, text TEXT NOT NULL, outcome TEXT NOT NULL);
            INSERT INTO audit (at, platform, user, channel, verb, text, outcome)
            VALUES ($at, $platform, $user, $channel, $verb, $text, $outcome);
            """;
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O"));
        command.Parameters.AddWithValue("$platform", message.Platform);
        command.Parameters.AddWithValue("$user", message.User);
        command.Parameters.AddWithValue("$channel", message.Channel);
        command.Parameters.AddWithValue("$verb", verb);
        // A hostile 100,000-character line is audited, but not stored whole.
        command.Parameters.AddWithValue("$text", message.Text.Length > MaxStoredTextLength ? message.Text[..MaxStoredTextLength] : message.Text);
        command.Parameters.AddWithValue("$outcome", outcome);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
