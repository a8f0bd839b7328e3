using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>/engines over the machine's real engine and one that is configured but not there.</summary>
public sealed class EnginesCommandTests : IDisposable
{
    private readonly string _absent = $"unix:///tmp/chatops-no-engine-{Guid.NewGuid():N}.sock";
    private readonly EngineSet _engines;

    public EnginesCommandTests()
    {
        _engines = new EngineSet(MsOptions.Create(new DockerOptions
        {
            Engines =
            [
                new EngineEndpointOptions { Name = "local", Endpoint = "unix:///var/run/docker.sock", Capacity = 3 },
                new EngineEndpointOptions { Name = "gone", Endpoint = _absent, Labels = ["egress", "big"] },
            ],
        }));
    }

    [Fact]
    public async Task Each_engine_is_shown_with_its_health_now_endpoint_labels_containers_for_its_capacity_jobs_and_builds()
    {
        var board = new EngineHealthBoard(TimeProvider.System, NullLogger<EngineHealthBoard>.Instance);
        var containers = new ScheduledContainerEngine(_engines, board);
        var handler = new ShowEnginesHandler(_engines, board, containers, new EngineJobs(containers),
            new BuildPlacement(_engines, board, MsOptions.Create(new ImagesOptions { MaxConcurrentBuilds = 2 })), MsOptions.Create(new DockerOptions()));

        var replies = new List<Reply>();
        await foreach (var reply in handler.HandleAsync(new ShowEnginesCommand(), new ChatMessage("console", "tester", "c1", "/engines"), CancellationToken.None))
            replies.Add(reply);

        var table = Assert.IsType<TableReply>(Assert.Single(replies));
        Assert.Equal("1 of 2 engines answers", table.Title);
        Assert.Equal(["local (default)", "answers", "unix:///var/run/docker.sock", "-", "0 of 3", "0", "0 of 2"], table.Rows[0]);
        Assert.Equal("gone", table.Rows[1][0]);
        Assert.StartsWith("silent: ", table.Rows[1][1]);
        Assert.Equal([_absent, "big, egress", "0 of 4", "0", "0 of 2"], table.Rows[1].Skip(2));
        Assert.False(board.IsAnswering("gone"));
    }

    public void Dispose() => _engines.Dispose();
}
