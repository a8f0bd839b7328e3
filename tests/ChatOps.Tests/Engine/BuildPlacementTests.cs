using ChatOps.Engine;
using ChatOps.Options;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>Build slots over engines that are configured only (the placement never calls them): most free first, ties in order, a wait when all are taken.</summary>
public sealed class BuildPlacementTests : IDisposable
{
    private readonly EngineSet _engines = new(MsOptions.Create(new DockerOptions
    {
        Engines =
        [
            new EngineEndpointOptions { Name = "a", Endpoint = "unix:///tmp/chatops-placement-a.sock", BuildCapacity = 1 },
            new EngineEndpointOptions { Name = "b", Endpoint = "unix:///tmp/chatops-placement-b.sock" },
            new EngineEndpointOptions { Name = "c", Endpoint = "unix:///tmp/chatops-placement-c.sock", BuildCapacity = 0 },
        ],
    }));

    private readonly EngineHealthBoard _board = new(TimeProvider.System, NullLogger<EngineHealthBoard>.Instance);

    [Fact]
    public async Task Each_build_goes_to_the_engine_with_the_most_free_slots_ties_in_configured_order_and_never_to_one_of_capacity_zero()
    {
        var placement = Placement(maxConcurrentBuilds: 2);

        var taken = new List<BuildSlot>();
        for (var i = 0; i < 3; i++) taken.Add(await placement.TakeAsync(CancellationToken.None));

        // b (2 free) before a (1 free); then a and b tie at 1 free, and a comes first.
        Assert.Equal(["b", "a", "b"], taken.Select(slot => slot.Engine.Name));
        Assert.Equal((3, 0), (placement.Capacity, placement.FreeCount));
        Assert.Equal([1, 2, 0], new[] { "a", "b", "c" }.Select(placement.RunningOn));
    }

    [Fact]
    public async Task A_build_waits_when_every_slot_is_taken_and_takes_the_one_given_back()
    {
        var placement = Placement(maxConcurrentBuilds: 1);
        var first = await placement.TakeAsync(CancellationToken.None);
        var second = await placement.TakeAsync(CancellationToken.None);

        var third = placement.TakeAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(third.IsCompleted);
        first.Dispose();
        first.Dispose(); // once only

        Assert.Equal(first.Engine.Name, (await third.WaitAsync(TimeSpan.FromSeconds(5))).Engine.Name);
        Assert.Equal(0, placement.FreeCount);
        second.Dispose();
        Assert.Equal(1, placement.FreeCount);
    }

    [Fact]
    public async Task A_silent_engine_takes_a_build_only_when_no_answering_one_has_room()
    {
        var placement = Placement(maxConcurrentBuilds: 2);
        _board.Silent("b", "test: not answering");

        Assert.Equal(["a", "b"], new[] { (await placement.TakeAsync(CancellationToken.None)).Engine.Name, (await placement.TakeAsync(CancellationToken.None)).Engine.Name });
    }

    private BuildPlacement Placement(int maxConcurrentBuilds) => new(_engines, _board, MsOptions.Create(new ImagesOptions { MaxConcurrentBuilds = maxConcurrentBuilds }));

    public void Dispose() => _engines.Dispose();
}
