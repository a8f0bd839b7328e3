using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

public sealed class EngineUnavailableTests
{
    [Fact]
    public async Task Without_an_engine_a_script_says_where_it_looked_instead_of_failing_obscurely()
    {
        var socket = Path.Combine(Path.GetTempPath(), "chatops-no-engine-" + Guid.NewGuid().ToString("N")[..8] + ".sock");
        await using var services = ScriptServices.Build(new Dictionary<string, string?>
        {
            ["Docker:Endpoint"] = "unix://" + socket,
            ["Content:Folder"] = RepositoryRoot.Content,
        });

        var replies = await ScriptServices.RunAsync(ScriptServices.Handler(services), "c", "Print", ("value", "x"));

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.StartsWith($"!Print could not start: No Docker engine answers at unix://{socket}", error.Message);
        // Starting the engine is an admin's job: a chat user is asked to get one, an admin told how.
        Assert.EndsWith("Ask an admin to start the bot's Docker engine.", error.SaidTo(admin: false).Message);
        Assert.EndsWith("Start one (./chatops starts it for you) or set Docker__Endpoint.", error.SaidTo(admin: true).Message);
    }
}
