using ChatOps.Engine;
using ChatOps.Execution.Pool;
using ChatOps.Options;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Execution;

/// <summary>Leftover cleanup on the real engine touches this instance's containers only.</summary>
public sealed class LeftoverCleanerTests
{
    [Fact]
    public async Task Only_containers_of_our_own_instance_are_removed()
    {
        using var docker = new DockerClientProvider(Microsoft.Extensions.Options.Options.Create(new DockerOptions()));
        var engine = new DockerContainerEngine(docker);
        var loop = new LoopScriptArchive(RepositoryRoot.LoopScript);
        var mine = new ExecutorOptions { InstanceId = "test-exec-mine-" + Guid.NewGuid().ToString("N")[..8] };
        var theirs = new ExecutorOptions { InstanceId = "test-exec-theirs-" + Guid.NewGuid().ToString("N")[..8] };
        var key = new PoolKey("demisto/python3-deb:3.11.2.1", "python3");
        var myLabels = new ContainerLabels(mine);
        var ourId = await engine.CreateAsync(new ContainerSpecFactory(mine, myLabels, loop).Create(key), CancellationToken.None);
        var theirId = await engine.CreateAsync(new ContainerSpecFactory(theirs, new ContainerLabels(theirs), loop).Create(key), CancellationToken.None);
        try
        {
            var removed = await new LeftoverCleaner(engine, myLabels, NullLogger<LeftoverCleaner>.Instance).RemoveLeftoversAsync(new HashSet<string>(), CancellationToken.None);

            Assert.Equal(1, removed);
            Assert.Null(await engine.InspectAsync(ourId, CancellationToken.None));
            Assert.NotNull(await engine.InspectAsync(theirId, CancellationToken.None));
        }
        finally
        {
            await engine.RemoveAsync(ourId, CancellationToken.None);
            await engine.RemoveAsync(theirId, CancellationToken.None);
        }
    }
}
