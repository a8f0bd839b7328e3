using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ChatOps.Bots.Slack;
using ChatOps.Delivery;

namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>
/// The Slack adapter as `chatops serve` hosts it (AddSlackBot + MapSlack) over a real 127.0.0.1 socket, with a
/// fake war room and test settings: the fake Slack as API and response_url host, a short inline budget.
/// </summary>
internal sealed class SlackBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _storage;

    private SlackBotHost(WebApplication app, Uri baseUrl, string storage)
    {
        _app = app;
        _storage = storage;
        Client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The bot's storage folder (chatops.db with its kept results).</summary>
    public string StorageFolder => _storage;

    /// <summary>Test settings; a quick command gets the production budget, slow-command tests pass a short one to stay fast.</summary>
    public static Dictionary<string, string?> Settings(FakeSlack slack, string inlineBudget = "00:00:02") => new()
    {
        ["Slack:SigningSecret"] = SignedRequest.Secret,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        ["Slack:ResponseUrlHosts:0"] = slack.BaseUrl.GetLeftPart(UriPartial.Authority),
        ["Slack:InlineBudget"] = inlineBudget,
        ["Slack:ProgressInterval"] = "00:00:00.100",
        ["Slack:ReconnectInitialDelay"] = "00:00:00.050",
        ["Slack:ReconnectMaxDelay"] = "00:00:00.500",
        ["Delivery:FirstRetryDelay"] = "00:00:00.010",
    };

    /// <summary>Starts the bot with its own storage folder (kept results), removed on dispose.</summary>
    /// <param name="keptResultsFirst">Wraps the war room as AddWarRoom does, so kept results come first at the next command.</param>
    public static async Task<SlackBotHost> StartAsync(IWarRoom warRoom, IDictionary<string, string?> settings, bool keptResultsFirst = false,
        Action<IServiceCollection>? services = null)
    {
        var storage = Directory.CreateTempSubdirectory("chatops-slack-test-").FullName;
        settings = new Dictionary<string, string?>(settings) { ["Storage:Folder"] = storage };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        if (keptResultsFirst)
            builder.Services.AddSingleton<IWarRoom>(sp => ActivatorUtilities.CreateInstance<KeptResultsShownFirst>(sp, warRoom));
        else
            builder.Services.AddSingleton(warRoom);
        builder.Services.AddSlackBot(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapSlack();
        return new SlackBotHost(app, await Loopback.StartAsync(app), storage);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }
}
