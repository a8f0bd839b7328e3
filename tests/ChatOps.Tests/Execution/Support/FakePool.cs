using ChatOps.Execution.Pool;
using ChatOps.Options;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Execution.Support;

/// <summary>A real ContainerPool over the fake engine and a manual clock.</summary>
internal sealed class FakePool
{
    public FakePool(ExecutorOptions? options = null)
    {
        Options = options ?? new ExecutorOptions { MaxContainersPerImage = 2, InstanceId = "fake" };
        var loop = new LoopScriptArchive(RepositoryRoot.LoopScript);
        var specs = new ContainerSpecFactory(Options, new ContainerLabels(Options), loop);
        Pool = new ContainerPool(new WarmContainerFactory(Engine, specs, loop, Options, Clock), Engine, Options, Clock, NullLogger<ContainerPool>.Instance);
    }

    public static readonly PoolKey Key = new("demisto/python3-deb:3.11.2.1", "python3");

    public FakeContainerEngine Engine { get; } = new();

    public ManualClock Clock { get; } = new();

    public ExecutorOptions Options { get; }

    public ContainerPool Pool { get; }

    /// <summary>Removals run in the background; wait until the engine saw this many.</summary>
    public async Task RemovedAsync(int count)
    {
        for (var i = 0; i < 200 && Engine.Removed.Count < count; i++) await Task.Delay(10);
    }
}
