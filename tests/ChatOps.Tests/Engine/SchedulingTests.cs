using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Tests.Engine.Support;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>
/// Containers placed over two real engines the test starts: the least loaded for its capacity, the one holding
/// the image, the one carrying the egress label; a silent engine leaves the rotation and a create moves on.
/// Every container is labelled with this test's own run id, so only its own are counted and removed.
/// </summary>
public sealed class SchedulingTests(TwoEnginesWithBaseImage engines) : IClassFixture<TwoEnginesWithBaseImage>, IAsyncLifetime
{
    private const string RunLabel = "org.chatops.test-run";
    private readonly string _run = Guid.NewGuid().ToString("N");
    private readonly List<EngineSet> _sets = [];

    [Fact]
    public async Task Creates_go_to_the_least_loaded_engine_for_its_capacity_and_each_later_call_to_the_engine_of_its_container()
    {
        var (scheduler, _) = Scheduler(firstCapacity: 1, secondCapacity: 2);

        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await scheduler.CreateAsync(Spec(PrivateEngine.BaseImage), CancellationToken.None));
        foreach (var id in ids) await scheduler.StartAsync(id, CancellationToken.None);
        var states = await Task.WhenAll(ids.Select(id => scheduler.InspectAsync(id, CancellationToken.None)));

        Assert.Equal([ids[0]], await MineOnAsync(engines.First));
        Assert.Equal(ids[1..].Order(), (await MineOnAsync(engines.Second)).Order());
        Assert.All(states, state => Assert.True(state?.Running));
        Assert.Equal(3, (await scheduler.ListAsync(Mine(), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_create_goes_to_the_engine_that_holds_the_image_though_another_comes_first()
    {
        var (scheduler, _) = Scheduler(firstCapacity: 4, secondCapacity: 4);
        var onlySecond = $"chatops-scheduling-test/only-second:{_run}";
        using (var second = engines.Second.NewClient())
            await second.Images.TagImageAsync(PrivateEngine.BaseImage, new Docker.DotNet.Models.ImageTagParameters { RepositoryName = onlySecond.Split(':')[0], Tag = _run });

        var id = await scheduler.CreateAsync(Spec(onlySecond), CancellationToken.None);

        Assert.Equal([id], await MineOnAsync(engines.Second));
        Assert.Empty(await MineOnAsync(engines.First));
    }

    [Fact]
    public async Task A_container_with_a_network_goes_only_to_an_engine_labelled_egress_and_one_without_to_the_first()
    {
        var (scheduler, _) = Scheduler(firstCapacity: 4, secondCapacity: 4, secondLabels: ["egress"]);

        var withNetwork = await scheduler.CreateAsync(Spec(PrivateEngine.BaseImage) with { NetworkMode = "host" }, CancellationToken.None);
        var withoutNetwork = await scheduler.CreateAsync(Spec(PrivateEngine.BaseImage), CancellationToken.None);

        Assert.Equal([withNetwork], await MineOnAsync(engines.Second));
        Assert.Equal([withoutNetwork], await MineOnAsync(engines.First));
    }

    [Fact]
    public async Task A_silent_engine_leaves_the_rotation_within_seconds_a_create_moves_to_the_other_and_it_comes_back_when_it_answers()
    {
        var board = new EngineHealthBoard(TimeProvider.System, NullLogger<EngineHealthBoard>.Instance);
        var (scheduler, set) = Scheduler(firstCapacity: 4, secondCapacity: 4, board: board);
        var monitor = new EngineHealthMonitor(set, board, MsOptions.Create(new DockerOptions { HealthCheckInterval = TimeSpan.FromMilliseconds(500) }), TimeProvider.System);
        await monitor.StartAsync(CancellationToken.None);
        try
        {
            await engines.First.KillAsync();
            var moved = await scheduler.CreateAsync(Spec(PrivateEngine.BaseImage), CancellationToken.None);
            var outWithin = await WaitForAsync(() => !board.IsAnswering("first"));

            await engines.First.StartAsync();
            var backWithin = await WaitForAsync(() => board.IsAnswering("first"));
            var afterReturn = await scheduler.CreateAsync(Spec(PrivateEngine.BaseImage), CancellationToken.None);

            Assert.Equal([moved], await MineOnAsync(engines.Second));
            Assert.True(outWithin < TimeSpan.FromSeconds(5), $"out of rotation after {outWithin}");
            Assert.True(backWithin < TimeSpan.FromSeconds(5), $"back in rotation after {backWithin}");
            // Back, and the less loaded of the two again.
            Assert.Equal([afterReturn], await MineOnAsync(engines.First));
        }
        finally
        {
            await monitor.StopAsync(CancellationToken.None);
        }
    }

    private (ScheduledContainerEngine Scheduler, EngineSet Set) Scheduler(int firstCapacity, int secondCapacity, List<string>? secondLabels = null, EngineHealthBoard? board = null)
    {
        var set = new EngineSet(MsOptions.Create(new DockerOptions
        {
            Engines =
            [
                new EngineEndpointOptions { Name = "first", Endpoint = engines.First.Endpoint, Capacity = firstCapacity },
                new EngineEndpointOptions { Name = "second", Endpoint = engines.Second.Endpoint, Capacity = secondCapacity, Labels = secondLabels ?? [] },
            ],
        }));
        _sets.Add(set);
        return (new ScheduledContainerEngine(set, board ?? new EngineHealthBoard(TimeProvider.System, NullLogger<EngineHealthBoard>.Instance)), set);
    }

    private Dictionary<string, string> Mine() => new() { [ManagedLabels.Managed] = "true", [RunLabel] = _run };

    private ContainerSpec Spec(string image) => new(
        image, ["sleep", "60"], Mine(), "4000:4000", "none", ReadOnlyRootFilesystem: true, new Dictionary<string, string> { ["/tmp"] = "size=8m" },
        DropAllCapabilities: true, NoNewPrivileges: true, PidsLimit: 16, MemoryBytes: 64L << 20, NanoCpus: 500_000_000, "/scratch", []);

    private async Task<IReadOnlyList<string>> MineOnAsync(PrivateEngine engine)
    {
        using var set = new EngineSet(MsOptions.Create(new DockerOptions { Endpoint = engine.Endpoint }));
        return (await set.Default.Containers.ListAsync(Mine(), CancellationToken.None)).Select(c => c.Id).ToList();
    }

    private static async Task<TimeSpan> WaitForAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        return clock.Elapsed;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var engine in new[] { engines.First, engines.Second })
        {
            using var set = new EngineSet(MsOptions.Create(new DockerOptions { Endpoint = engine.Endpoint }));
            try
            {
                foreach (var container in await set.Default.Containers.ListAsync(Mine(), CancellationToken.None))
                    await set.Default.Containers.RemoveAsync(container.Id, CancellationToken.None);
            }
            catch (EngineUnavailableException)
            {
                // An engine a test killed and could not restart takes its containers with it at the fixture's end.
            }
        }
        foreach (var set in _sets) set.Dispose();
    }
}
