using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Tests.EndToEnd;

/// <summary>
/// The real war room (real parser, real engine listing through Docker.DotNet, real SQLite audit in a temp folder),
/// for adapter tests that must go all the way through.
/// </summary>
internal sealed class RealWarRoom : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-e2e-").FullName;

    /// <param name="settings">More configuration, e.g. an Access section.</param>
    public RealWarRoom(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Folder"] = _folder })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        _services = new ServiceCollection().AddLogging().AddWarRoom(configuration).BuildServiceProvider();
    }

    public IWarRoom WarRoom => _services.GetRequiredService<IWarRoom>();

    /// <summary>The outcomes of the completed audit rows, oldest first, as "platform:user verb: outcome".</summary>
    public async Task<IReadOnlyList<string>> AuditedOutcomesAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "chatops.db")}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT platform || ':' || user || ' ' || verb || ': ' || outcome FROM audit_log WHERE kind = 'completed' ORDER BY id";
        var outcomes = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync()) outcomes.Add(reader.GetString(0));
        return outcomes;
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
