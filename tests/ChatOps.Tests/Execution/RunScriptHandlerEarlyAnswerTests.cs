using ChatOps.Execution.Pool;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution;

/// <summary>
/// The answer at the job's `answered`, the container held until the loop's `completed`, over a fake engine whose
/// loop completes only when the test says so (a pool of one, so the next job must wait for that container).
/// </summary>
public sealed class RunScriptHandlerEarlyAnswerTests : IAsyncLifetime
{
    private readonly TestContent _content = new(withRepositoryContent: true);
    private readonly FakeContainerEngine _engine = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        EarlyAnsweringLoop.InstallOn(_engine);
        _services = ScriptServices.Build(new Dictionary<string, string?>
        {
            ["Executor:MaxContainersPerImage"] = "1",
            ["Executor:ScriptTimeout"] = "00:00:00.500",
            ["Content:Folder"] = _content.Folder,
        }, _engine);
        return Task.CompletedTask;
    }

    private ContainerPool Pool => _services.GetRequiredService<ContainerPool>();

    private Task<List<Reply>> RunAsync() => ScriptServices.RunAsync(ScriptServices.Handler(_services), "c", "Print", ("value", "x"));

    private int Busy => Pool.Sizes().Where(m => m.Tags.ToArray().Any(t => t.Value as string == "busy")).Sum(m => m.Value);

    [Fact]
    public async Task The_answer_comes_before_completed_and_the_container_serves_no_one_until_completed_comes()
    {
        var first = await RunAsync();
        Assert.Equal(new TextReply("job 1"), first[^1]);
        Assert.Equal(1, Busy);

        var second = RunAsync();
        await Task.Delay(100);
        Assert.False(second.IsCompleted, "the second job must wait for the first job's completed");
        var stream = Assert.Single(_engine.Streams).Value;
        // Written after the first job's answer ended: it is nobody's answer.
        stream.Emit("""{"type":"result","results":[{"Type":1,"Contents":"stray","ContentsFormat":"text"}]}""");
        stream.Emit("""{"type":"completed","token":"t1","next":"t2"}""");

        Assert.Equal(new TextReply("job 2"), (await second.WaitAsync(TimeSpan.FromSeconds(5)))[^1]);
        Assert.Single(_engine.Created);
        Assert.Empty(_engine.Killed);
    }

    [Fact]
    public async Task A_container_whose_completed_does_not_come_within_the_jobs_time_is_killed_and_replaced()
    {
        var first = await RunAsync();
        Assert.Equal(new TextReply("job 1"), first[^1]);

        var second = await RunAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(new TextReply("job 2"), second[^1]);
        var old = Assert.Single(_engine.Killed);
        Assert.Contains(old, _engine.Removed);
        Assert.Equal(2, _engine.Created.Count);
    }

    [Fact]
    public async Task A_container_whose_loop_could_not_clean_up_after_the_answer_is_replaced_not_reused()
    {
        await RunAsync();
        var stream = Assert.Single(_engine.Streams).Value;
        stream.Emit("""{"type":"retire"}""");
        stream.Emit("""{"type":"completed","token":"t1","next":"t2"}""");

        var second = await RunAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(new TextReply("job 2"), second[^1]);
        Assert.Equal(2, _engine.Created.Count);
        Assert.Contains(_engine.Streams.Keys.Order().First(), _engine.Removed);
        Assert.Empty(_engine.Killed);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _content.Dispose();
    }
}
