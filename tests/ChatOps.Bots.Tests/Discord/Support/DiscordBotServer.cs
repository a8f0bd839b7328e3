using System.Text;
using ChatOps.Bots.Discord;
using ChatOps.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// The bot as `chatops serve` wires it (AddDiscordBot + MapDiscord) on 127.0.0.1:0, with a fake war room and
/// configuration pointing at a FakeDiscord. Short budgets keep the tests fast; settings can be overridden.
/// </summary>
internal sealed class DiscordBotServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _storage;

    private DiscordBotServer(WebApplication app, string storage)
    {
        _app = app;
        _storage = storage;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(20) };
    }

    public HttpClient Http { get; }

    public Uri BaseUrl => Http.BaseAddress!;

    public IServiceProvider Services => _app.Services;

    /// <summary>The bot's storage folder (chatops.db with its kept results).</summary>
    public string StorageFolder => _storage;

    public static Dictionary<string, string?> Settings(FakeDiscord discord, string publicKeyHex, string storage) => new()
    {
        ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
        ["Discord:PublicKey"] = publicKeyHex,
        ["Discord:BotToken"] = "",
        ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        ["Discord:GatewayUrl"] = discord.GatewayUrl,
        ["Discord:GatewayEnabled"] = "false",
        ["Discord:InlineBudget"] = "00:00:00.500",
        ["Discord:ProgressEditInterval"] = "00:00:00.100",
        ["Discord:ReconnectDelay"] = "00:00:00.050",
        ["Storage:Folder"] = storage,
        ["Delivery:FirstRetryDelay"] = "00:00:00.010",
    };

    /// <param name="time">The bot's clock, when a test needs another "now" than the machine's.</param>
    /// <param name="keptResultsFirst">Wraps the war room as AddWarRoom does, so kept results come first at the next command.</param>
    public static async Task<DiscordBotServer> StartAsync(FakeDiscord discord, IWarRoom warRoom, string publicKeyHex,
        Action<Dictionary<string, string?>>? adjust = null, TimeProvider? time = null, bool keptResultsFirst = false, Action<IServiceCollection>? services = null)
    {
        var storage = Directory.CreateTempSubdirectory("chatops-discord-test-").FullName;
        var settings = Settings(discord, publicKeyHex, storage);
        adjust?.Invoke(settings);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (keptResultsFirst)
            builder.Services.AddSingleton<IWarRoom>(sp => ActivatorUtilities.CreateInstance<KeptResultsShownFirst>(sp, warRoom));
        else
            builder.Services.AddSingleton(warRoom);
        if (time is not null) builder.Services.AddSingleton(time);
        builder.Services.AddDiscordBot(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDiscord();
        await app.StartAsync();
        return new DiscordBotServer(app, storage);
    }

    /// <summary>POSTs an interaction over a real socket, signed by the key unless headers are given explicitly.</summary>
    public Task<HttpResponseMessage> PostInteractionAsync(string body, TestSigningKey signer, string? timestamp = null) =>
        PostRawAsync(body, signer.Sign(timestamp ?? Now(), body), timestamp ?? Now());

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordEndpointRouteBuilderExtensions.InteractionsPath)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return await Http.SendAsync(request);
    }

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }
}
