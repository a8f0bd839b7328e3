using ChatOps.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatOps.App.Service.Readiness;

/// <summary>
/// The SQLite file takes a write: no command runs without its audit row, so a full disk or a read-only file
/// means the bot cannot serve. The write is one row of its own table, overwritten each time.
/// </summary>
internal sealed class DatabaseReadinessCheck(Database database, TimeProvider time, IOptions<ServiceOptions> options) : IHealthCheck
{
    private const string Schema = "CREATE TABLE IF NOT EXISTS readiness_probe (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ReadinessCheckTimeout);
        try
        {
            await using var connection = await database.OpenAsync(Schema, timeout.Token);
            await using var write = connection.CreateCommand();
            write.CommandText = "INSERT OR REPLACE INTO readiness_probe (id, checked_at) VALUES (1, $at)";
            write.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O"));
            await write.ExecuteNonQueryAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{database.FilePath} is writable");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{database.FilePath} cannot be written: {exception.GetBaseException().Message}");
        }
    }
}
