using ChatOps.Audit;
using ChatOps.Routing;
using ChatOps.Storage;
using ChatOps.Tests.Integrations.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Integrations;

public sealed class IntegrationAuditTests(IntegrationHostFixture fixture) : IClassFixture<IntegrationHostFixture>
{
    private readonly IntegrationHost _host = fixture.Host;

    [Fact]
    public async Task A_key_an_integration_prints_reaches_neither_the_reply_nor_the_audit_through_the_war_room()
    {
        var services = _host.Scripts.Services;
        var database = services.GetRequiredService<Database>();
        var warRoom = new WarRoom(services.GetServices<ICommandHandler>(), new SqliteAuditLog(database, TimeProvider.System, NullLogger<SqliteAuditLog>.Instance), NullLogger<WarRoom>.Instance);

        var replies = new List<string>();
        await foreach (var reply in warRoom.HandleAsync(new ChatMessage("test", "tester", "int-audit", $"!standin-whoami using={_host.A}"), CancellationToken.None))
            replies.Add(System.Text.Json.JsonSerializer.Serialize(reply));
        await foreach (var reply in warRoom.HandleAsync(new ChatMessage("test", "tester", "int-audit", $"/integration_test instance={_host.WrongKey}"), CancellationToken.None))
            replies.Add(System.Text.Json.JsonSerializer.Serialize(reply));

        Assert.Contains(replies, r => r.Contains("redacted", StringComparison.Ordinal)); // "<" and ">" come JSON-escaped
        Assert.DoesNotContain(replies, r => r.Contains(_host.KeyA, StringComparison.Ordinal));
        var audit = await AllAuditTextAsync(database);
        Assert.Contains("standin-whoami", audit);
        Assert.DoesNotContain(_host.KeyA, audit);
        Assert.DoesNotContain("key-wrong-" + _host.Suffix, audit);
    }

    [Fact]
    public async Task A_run_typed_in_chat_is_recorded_beside_its_command_with_image_instance_arguments_and_a_redacted_summary()
    {
        var services = _host.Scripts.Services;
        var database = services.GetRequiredService<Database>();
        // The war room on the host's own audit, where the runner records what it ran.
        var warRoom = new WarRoom(services.GetServices<ICommandHandler>(), services.GetRequiredService<SqliteAuditLog>(), NullLogger<WarRoom>.Instance);

        await foreach (var _ in warRoom.HandleAsync(new ChatMessage("test", "tester", "int-audit-run", $"!standin-whoami using={_host.A}"), CancellationToken.None)) { }

        await using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT d.text FROM audit_log d JOIN audit_log r ON r.id = d.command_id
            WHERE d.kind = 'detail' AND d.verb = 'run' AND r.kind = 'received' AND r.channel = 'int-audit-run'
            """;
        var detail = System.Text.Json.JsonDocument.Parse((string)(await select.ExecuteScalarAsync())!).RootElement;

        Assert.Equal("standin-whoami", detail.GetProperty("script").GetString());
        Assert.Equal(_host.A, detail.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("image").GetString()));
        Assert.Equal("Completed", detail.GetProperty("ending").GetString());
        Assert.Equal($"{_host.A} uses key <redacted>", detail.GetProperty("first").GetString());
        Assert.DoesNotContain(_host.KeyA, detail.GetRawText());
    }

    /// <summary>Every text column of every audit table in the file, whatever the schema becomes.</summary>
    private static async Task<string> AllAuditTextAsync(Database database)
    {
        await using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%audit%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
                for (var i = 0; i < rows.FieldCount; i++) text.Append(rows.IsDBNull(i) ? "" : rows.GetValue(i)).Append('|');
        }
        Assert.NotEmpty(tables);
        return text.ToString();
    }
}
