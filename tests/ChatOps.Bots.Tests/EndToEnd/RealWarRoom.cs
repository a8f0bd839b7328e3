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

    public RealWarRoom()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Folder"] = _folder })
            .Build();
        _services = new ServiceCollection().AddLogging().AddWarRoom(configuration).BuildServiceProvider();
    }

    public IWarRoom WarRoom => _services.GetRequiredService<IWarRoom>();

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
