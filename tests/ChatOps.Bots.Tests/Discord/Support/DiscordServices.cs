using ChatOps.Bots.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// What `chatops discord register` builds (AddDiscordCommandRegistration) against a FakeDiscord, with its own
/// temporary storage folder, removed on dispose.
/// </summary>
internal sealed class DiscordServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public DiscordServices(FakeDiscord discord, Action<Dictionary<string, string?>>? adjust = null)
    {
        StorageFolder = Path.Combine(Path.GetTempPath(), "chatops-discord-test-" + Guid.NewGuid().ToString("N"));
        var settings = DiscordBotServer.Settings(discord, TestSigningKey.Rfc8032PublicKey, StorageFolder);
        settings["Discord:BotToken"] = "bot-token";
        adjust?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiscordCommandRegistration(configuration);
        _provider = services.BuildServiceProvider();
    }

    public string StorageFolder { get; }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose()
    {
        _provider.Dispose();
        if (Directory.Exists(StorageFolder)) Directory.Delete(StorageFolder, recursive: true);
    }
}
