using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution;

/// <summary>
/// With room for more containers, a job that finds only a container still settling (its job answered, its loop's
/// `completed` not yet in) waits a moment for it instead of paying a cold start, and creates one when it takes too long.
/// </summary>
public sealed class SettlingContainerTests : IAsyncLifetime
{
    private readonly TestContent _content = new(withRepositoryContent: true);
    private readonly FakeContainerEngine _engine = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        EarlyAnsweringLoop.InstallOn(_engine);
        _services = ScriptServices.Build(new Dictionary<string, string?>
        {
            ["Executor:MaxContainersPerImage"] = "2",
            ["Executor:ScriptTimeout"] = "00:00:10",
            ["Content:Folder"] = _content.Folder,
        }, _engine);
        return Task.CompletedTask;
    }

    private Task<List<Reply>> RunAsync() => ScriptServices.RunAsync(ScriptServices.Handler(_services), "c", "Print", ("value", "x"));

    [Fact]
    public async Task The_next_job_takes_the_container_that_settles_instead_of_starting_another()
    {
        Assert.Equal(new TextReply("job 1"), (await RunAsync())[^1]);

        var second = RunAsync();
        await Task.Delay(100);
        Assert.False(second.IsCompleted, "the second job waits for the settling container");
        Assert.Single(_engine.Streams).Value.Emit("""{"type":"completed","token":"t1","next":"t2"}""");

        var replies = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new TextReply("job 2"), replies[^1]);
        Assert.DoesNotContain(replies, r => r is ProgressReply); // no container was started, so none is announced
        Assert.Single(_engine.Created);
    }

    [Fact]
    public async Task A_container_slow_to_settle_is_not_waited_for_longer_than_a_cold_start()
    {
        Assert.Equal(new TextReply("job 1"), (await RunAsync())[^1]);

        var second = await RunAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(new TextReply("job 2"), second[^1]);
        Assert.Equal(2, _engine.Created.Count);
        Assert.Empty(_engine.Killed); // the first is still its job's, settling: not taken from it
    }

    public async Task DisposeAsync()
    {
        foreach (var stream in _engine.Streams.Values) stream.Emit("""{"type":"completed","token":"t1","next":"t2"}""");
        await _services.DisposeAsync();
        _content.Dispose();
    }
}
