using ChatOps.Execution;
using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Execution.Support;

/// <summary>The script feature wired from settings (as AddScriptExecution does in the app), optionally over a fake engine.</summary>
internal static class ScriptServices
{
    /// <param name="logs">Where the services log to; by default they log nowhere.</param>
    public static ServiceProvider Build(IDictionary<string, string?> settings, IContainerEngine? engine = null, ILoggerProvider? logs = null)
    {
        // Channel contexts live in SQLite: each set of services gets a folder of its own, removed with the services,
        // unless the test passes one to share (and removes it itself).
        var ownFolder = settings.ContainsKey("Storage:Folder") ? null : Path.Combine(Path.GetTempPath(), "chatops-exec-" + Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string?>
        {
            ["Executor:LoopScriptPath"] = RepositoryRoot.LoopScript,
            ["Storage:Folder"] = ownFolder,
        };
        foreach (var (key, value) in settings) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is null) return;
            logging.AddProvider(logs);
            logging.SetMinimumLevel(LogLevel.Trace);
        });
        services.AddScriptExecutionAlone(configuration);
        if (engine is not null) services.AddSingleton(engine);
        if (ownFolder is not null) services.AddSingleton(_ => new OwnedStorageFolder(ownFolder));
        var provider = services.BuildServiceProvider();
        if (ownFolder is not null) provider.GetRequiredService<OwnedStorageFolder>(); // made now, so disposal removes it
        return provider;
    }

    public static RunScriptHandler Handler(IServiceProvider services) =>
        services.GetServices<ICommandHandler>().OfType<RunScriptHandler>().Single();

    /// <summary>
    /// Runs !script with key=value arguments in a channel, as the war room would, and collects the replies as
    /// every adapter shows them: each entry as its display replies.
    /// </summary>
    public static async Task<List<Reply>> RunAsync(RunScriptHandler handler, string channel, string script, params (string Key, string Value)[] args) =>
        ReplyDisplay.Of(await RunWholeAsync(handler, channel, script, args)).ToList();

    /// <summary>A line as typed in chat, parsed by the one grammar, then run as <see cref="RunAsync"/> runs it.</summary>
    public static async Task<List<Reply>> TypeAsync(RunScriptHandler handler, string channel, string line)
    {
        Assert.True(ChatOps.Parsers.CommandParser.TryParse(line, out var parsed, out var error), error?.Message);
        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync((RunScriptCommand)parsed, new ChatMessage("test", "tester", channel, line), CancellationToken.None))
            replies.Add(reply);
        return ReplyDisplay.Of(replies).ToList();
    }

    /// <summary>The replies as the handler yields them, entries whole (what `chatops exec --json` prints).</summary>
    public static async Task<List<Reply>> RunWholeAsync(RunScriptHandler handler, string channel, string script, params (string Key, string Value)[] args)
    {
        var command = new RunScriptCommand(script, args.Select((a, i) => new ScriptArgument(a.Key, a.Value, 10 + i)).ToList());
        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(command, new ChatMessage("test", "tester", channel, "!" + script), CancellationToken.None))
            replies.Add(reply);
        return replies;
    }
}
