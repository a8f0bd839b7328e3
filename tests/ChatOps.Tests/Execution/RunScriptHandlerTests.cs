using ChatOps.Execution;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution;

/// <summary>The handler over a fake engine: what it says while it waits, and the timeout path, without Docker.</summary>
public sealed class RunScriptHandlerTests : IAsyncLifetime
{
    private readonly TestContent _content = new TestContent(withRepositoryContent: true).Script("Hang", "while True: pass");
    private readonly FakeContainerEngine _engine = new();
    private ServiceProvider _services = null!;
    private RunScriptHandler _handler = null!;

    public Task InitializeAsync()
    {
        _engine.CreateDelay = TimeSpan.FromMilliseconds(20);
        _engine.NewStream = _ => ScriptedLoopStream.Loop(job => job.Contains("while True", StringComparison.Ordinal)
            ? ["""{"type":"entryLog","args":{"message":"started"}}""", "HANG"]
            : ["""{"type":"result","results":[{"Type":1,"Contents":"fake ok","ContentsFormat":"text"}]}"""]);
        _services = ScriptServices.Build(new Dictionary<string, string?>
        {
            ["Executor:ScriptTimeout"] = "00:00:00.300",
            ["Content:Folder"] = _content.Folder,
        }, _engine);
        _handler = ScriptServices.Handler(_services);
        return Task.CompletedTask;
    }

    private Task<List<Reply>> RunAsync(string script, params (string, string)[] args) => ScriptServices.RunAsync(_handler, "c", script, args);

    [Fact]
    public async Task A_cold_container_is_announced_with_progress_and_a_warm_one_is_not()
    {
        var cold = await RunAsync("Print", ("value", "x"));
        var warm = await RunAsync("Print", ("value", "x"));

        Assert.Equal([new ProgressReply("!Print", "starting a container of demisto/python3-deb:3.11.2.1"), new TextReply("fake ok")], cold);
        Assert.Equal([new TextReply("fake ok")], warm);
        Assert.Single(_engine.Created);
    }

    [Fact]
    public async Task A_result_comes_out_as_the_whole_entry_shown_as_its_text()
    {
        var replies = await ScriptServices.RunWholeAsync(_handler, "c", "Print", ("value", "x"));

        var entry = Assert.IsType<EntryReply>(replies[^1]);
        Assert.Equal((1, "text", "\"fake ok\"", null), (entry.EntryType, entry.ContentsFormat, entry.Contents.GetRawText(), entry.EntryContext));
        Assert.Equal([new TextReply("fake ok")], entry.Display);
    }

    [Fact]
    public async Task A_script_past_its_timeout_has_its_container_killed_and_the_logs_so_far_are_shown()
    {
        var replies = await RunAsync("Hang");

        Assert.Equal(new TextReply("started"), replies[1]);
        Assert.Equal(new ErrorReply("!Hang ran longer than 0.3 s and was stopped; its container was killed and replaced."), replies[2]);
        Assert.Single(_engine.Killed);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _content.Dispose();
    }
}
