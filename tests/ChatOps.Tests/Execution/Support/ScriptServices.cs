using ChatOps.Execution;
using ChatOps.Execution.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution.Support;

/// <summary>The script feature wired from settings (as AddScriptExecution does in the app), optionally over a fake engine.</summary>
internal static class ScriptServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, IContainerEngine? engine = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Executor:LoopScriptPath"] = RepositoryRoot.LoopScript,
            // Channel contexts live in SQLite: each set of services gets a file of its own unless a test shares one.
            ["Storage:Folder"] = Path.Combine(Path.GetTempPath(), "chatops-exec-" + Guid.NewGuid().ToString("N")),
        };
        foreach (var (key, value) in settings) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScriptExecutionAlone(configuration);
        if (engine is not null) services.AddSingleton(engine);
        return services.BuildServiceProvider();
    }

    public static RunScriptHandler Handler(IServiceProvider services) =>
        services.GetServices<ICommandHandler>().OfType<RunScriptHandler>().Single();

    /// <summary>Runs !script with key=value arguments in a channel, as the war room would, and collects the replies.</summary>
    public static async Task<List<Reply>> RunAsync(RunScriptHandler handler, string channel, string script, params (string Key, string Value)[] args)
    {
        var command = new RunScriptCommand(script, args.Select((a, i) => new ScriptArgument(a.Key, a.Value, 10 + i)).ToList());
        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(command, new ChatMessage("test", "tester", channel, "!" + script), CancellationToken.None))
            replies.Add(reply);
        return replies;
    }
}
