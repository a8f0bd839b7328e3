using ChatOps.Execution;
using ChatOps.Integrations;
using ChatOps.Parsers;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// The script feature over the real checkout with one instance of the real HelloWorld integration: its url is a
/// fake of its API, its apikey comes from its CHATOPS_SECRET__ variable as an operator would set it, its egress is
/// host networking (the fake listens on 127.0.0.1), and the YAML's demisto/python3 image is mapped to an image the
/// test made. Chat lines go through the bot's parser to the handler that takes them, as the war room routes them.
/// </summary>
internal sealed class HelloWorldInstanceHost : IAsyncDisposable
{
    private readonly string _variable;

    public HelloWorldInstanceHost(string checkout, string image, string apiUrl, string apiKey, ListLoggerProvider? logs = null)
    {
        // A unique name: the secret's variable is process-wide, and no other test may see or set it.
        Instance = "helloworld-" + Guid.NewGuid().ToString("N")[..8];
        _variable = SecretVariableNames.For(Instance, "apikey");
        Environment.SetEnvironmentVariable(_variable, apiKey);
        Scripts = new ScriptHost(checkout, new Dictionary<string, string?>
        {
            ["Executor:ImageMap:demisto/python3"] = image,
            ["Integrations:Instances:0:Name"] = Instance,
            ["Integrations:Instances:0:Integration"] = "HelloWorld",
            ["Integrations:Instances:0:Egress"] = "host",
            ["Integrations:Instances:0:Params:url"] = apiUrl,
        }, logs);
    }

    public string Instance { get; }

    public ScriptHost Scripts { get; }

    /// <summary>The replies to one chat line, as the handler yields them (entries whole, see <see cref="EntryReply"/>).</summary>
    public async Task<List<Reply>> SayAsync(string channel, string text)
    {
        if (!CommandParser.TryParse(text, out var command, out var error)) throw new InvalidOperationException($"{text}: {error}");
        var handler = Scripts.Services.GetServices<ICommandHandler>().First(h => h.CanHandle(command));
        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(command, new ChatMessage("test", "tester", channel, text), CancellationToken.None))
            replies.Add(reply);
        return replies;
    }

    /// <summary>The channel's context as JSON with sorted keys.</summary>
    public async Task<string> ContextAsync(string channel) =>
        CanonicalJson.Of(await Scripts.Services.GetRequiredService<ChannelContextStore>().SnapshotAsync(channel, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await Scripts.DisposeAsync();
        Environment.SetEnvironmentVariable(_variable, null);
    }
}
