using System.Net;
using ChatOps.Audit;
using ChatOps.Options;
using ChatOps.Storage;
using ChatOps.Tests.Audit.Support;
using Microsoft.Data.Sqlite;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Audit;

/// <summary>
/// The real thing: `chatops serve` as a child process gets a burst of signed Slack commands, some quick, some
/// waiting on a registry that never answers; once every one is acknowledged it is killed with SIGKILL. At the next
/// start every acknowledged command has its row, the unfinished ones are marked interrupted, and the chain verifies.
/// </summary>
public sealed class KillNineTests : IDisposable
{
    private const int Quick = 4;
    private const int Hanging = 6;

    private readonly string _storage = Directory.CreateTempSubdirectory("chatops-kill9-").FullName;
    private readonly SilentListener _registry = new();

    public void Dispose()
    {
        _registry.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_storage, recursive: true);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__Folder"] = _storage,
        ["Slack__SigningSecret"] = BotProcess.SigningSecret,
        ["Slack__ResponseUrlHosts__0"] = $"http://127.0.0.1:{_registry.Port}", // scheme, host and port, as the allow-list wants
        ["Slack__SocketModeEnabled"] = "false",
        ["Discord__GatewayEnabled"] = "false",
        // /content_update_images asks this registry for tags and waits: the command is running when the kill comes.
        ["Images__Registry"] = $"127.0.0.1:{_registry.Port}",
        ["ContentUpdates__RegistryTimeout"] = "00:10:00",
        ["Logging__LogLevel__Default"] = "Information",
    };

    private string Log(string name) => Path.Combine(_storage, name + ".log");

    [Fact]
    public async Task After_a_kill_9_during_a_burst_every_acknowledged_command_has_its_row_and_the_unfinished_are_marked_interrupted()
    {
        var environment = Environment();
        using (var bot = await BotProcess.ServeAsync(environment, Log("serve")))
        {
            using var http = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
            var responseUrl = new Uri($"http://127.0.0.1:{_registry.Port}/hooks/T1/kill");
            var burst = Enumerable.Range(0, Quick).Select(i => http.SendAsync(BotProcess.SlashCommand("/run", "help", $"UQUICK{i}", responseUrl)))
                .Concat(Enumerable.Range(0, Hanging).Select(i => http.SendAsync(BotProcess.SlashCommand("/content_update_images", "", $"UHANG{i}", responseUrl))))
                .ToList();
            var acknowledged = await Task.WhenAll(burst);
            Assert.All(acknowledged, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));

            await bot.KillNineAsync();
        }

        var rowsAtDeath = await RowsAsync();
        var received = rowsAtDeath.Where(r => r.Kind == AuditRow.Received).ToList();
        Assert.Equal(Quick + Hanging, received.Count);
        Assert.Equal(Hanging, received.Count(r => r.User.StartsWith("UHANG", StringComparison.Ordinal)));

        var (exitCode, output) = await BotProcess.RunAsync(environment, Log("restart"), "exec", "help");
        Assert.True(exitCode == 0, output);

        var rows = await RowsAsync();
        var outcomes = received.ToDictionary(r => r.User, r => rows.Single(c => c.CommandId == r.Id).Outcome);
        Assert.All(Enumerable.Range(0, Quick), i => Assert.Equal("ok", outcomes[$"UQUICK{i}"]));
        Assert.All(Enumerable.Range(0, Hanging), i => Assert.Equal(SqliteAuditLog.Interrupted, outcomes[$"UHANG{i}"]));

        var (verifyCode, verifyOutput) = await BotProcess.RunAsync(environment, Log("verify"), "audit", "verify");
        Assert.Equal(0, verifyCode);
        Assert.Contains($"audit chain ok: {rows.Count} rows", verifyOutput);
    }

    private async Task<List<AuditRow>> RowsAsync()
    {
        var chain = new AuditChain(new Database(MsOptions.Create(new StorageOptions { Folder = _storage })));
        var rows = new List<AuditRow>();
        await foreach (var row in chain.ReadAsync(CancellationToken.None)) rows.Add(row);
        return rows;
    }
}
