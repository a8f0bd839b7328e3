using ChatOps.Storage;

namespace ChatOps.Audit;

/// <summary>
/// The follow-up routes of the commands running now (table follow_up_routes, keyed by the audit id of the command's
/// received row): written before its handler runs, removed when it completes. What is left at a start belongs to
/// commands a crash cut short, and is taken once to tell their users; expired ones are removed then too.
/// </summary>
internal sealed class FollowUpRoutes(Database database, TimeProvider clock)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS follow_up_routes (
            command_id INTEGER PRIMARY KEY, address TEXT NOT NULL, valid_until INTEGER NOT NULL);
        """;

    public async Task KeepAsync(long commandId, FollowUpRoute route, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO follow_up_routes (command_id, address, valid_until) VALUES ($id, $address, $until);";
        command.Parameters.AddWithValue("$id", commandId);
        command.Parameters.AddWithValue("$address", route.Address);
        command.Parameters.AddWithValue("$until", route.ValidUntil.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ForgetAsync(long commandId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM follow_up_routes WHERE command_id = $id;";
        command.Parameters.AddWithValue("$id", commandId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Removes and returns the route of an interrupted command; null when it had none or it is no longer valid.</summary>
    public async Task<FollowUpRoute?> TakeAsync(long commandId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM follow_up_routes WHERE valid_until <= $now;
            DELETE FROM follow_up_routes WHERE command_id = $id RETURNING address, valid_until;
            """;
        command.Parameters.AddWithValue("$id", commandId);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FollowUpRoute(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
            : null;
    }
}
