using ChatOps.App;
using ChatOps.Audit;
using ChatOps.Bots.Discord;
using ChatOps.Bots.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Audit;

/// <summary>`chatops serve`'s composition: the audit log that finds interrupted commands can hand them to both chat adapters.</summary>
public sealed class ServedNoticesCompositionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-served-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_served_app_tells_interrupted_commands_through_the_slack_and_discord_adapters()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Folder"] = _folder }).Build();
        var services = new ServiceCollection().AddLogging().AddChatOps(configuration).AddSlackBot(configuration).AddDiscordBot(configuration);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Equal(["discord", "slack"], provider.GetServices<IInterruptedCommandNotifier>().Select(n => n.Platform).Order());
        Assert.NotNull(provider.GetRequiredService<SqliteAuditLog>());
        Assert.NotNull(provider.GetRequiredService<IWarRoom>());
    }
}
