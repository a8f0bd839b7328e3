using ChatOps.Execution;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution;

public sealed class EngineUnavailableTests
{
    [Fact]
    public async Task Without_an_engine_a_script_says_where_it_looked_instead_of_failing_obscurely()
    {
        var socket = Path.Combine(Path.GetTempPath(), "chatops-no-engine-" + Guid.NewGuid().ToString("N")[..8] + ".sock");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Docker:Endpoint"] = "unix://" + socket,
            ["Executor:LoopScriptPath"] = RepositoryRoot.LoopScript,
            ["Content:Folder"] = RepositoryRoot.Content,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScriptExecutionAlone(configuration);
        await using var provider = services.BuildServiceProvider();
        var handler = provider.GetServices<ICommandHandler>().OfType<RunScriptHandler>().Single();

        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(new RunScriptCommand("Print", [new ScriptArgument("value", "x", 8)]),
                           new ChatMessage("test", "u", "c", "!Print value=x"), CancellationToken.None))
            replies.Add(reply);

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.StartsWith($"!Print could not start: No Docker engine answers at unix://{socket}", error.Message);
    }
}
