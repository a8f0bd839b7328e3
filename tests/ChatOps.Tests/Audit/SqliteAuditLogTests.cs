using ChatOps.Audit;
using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;

namespace ChatOps.Tests.Audit;

public sealed class SqliteAuditLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatops-audit-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_record_lands_in_the_sqlite_file_and_a_huge_line_is_stored_cut_short()
    {
        var database = new Database(Microsoft.Extensions.Options.Options.Create(new StorageOptions { Folder = _folder }));
        var audit = new SqliteAuditLog(database, TimeProvider.System);

        await audit.RecordAsync(new ChatMessage("slack", "U1", "C1", "/docker_images"), "/docker_images", "ok", default);
        await audit.RecordAsync(new ChatMessage("exec", "root", "exec", new string('x', 100_000)), "(unparsed)", "refused: too long", default);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "chatops.db")}");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT platform, user, channel, verb, outcome, length(text) FROM audit ORDER BY id";
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("slack", "U1", "C1", "/docker_images", "ok", 14L),
            (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5)));
        Assert.True(await reader.ReadAsync());
        Assert.Equal(4000L, reader.GetInt64(5));
        Assert.False(await reader.ReadAsync());
    }
}
