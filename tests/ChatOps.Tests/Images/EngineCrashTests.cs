using ChatOps.Engine;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Engine.Support;
using ChatOps.Tests.Images.Support;
using Docker.DotNet.Models;

namespace ChatOps.Tests.Images;

/// <summary>
/// A real second dockerd of the test's own, killed -9 mid-build and after the build (staging tag made); the next
/// start of the bot leaves nothing of its own behind, and a create works again. The pip step is held by the
/// test's index and the post-build vetting by the fake, so each kill lands exactly where it is meant to.
/// </summary>
public sealed class EngineCrashTests(PrivateEngine engine) : IClassFixture<PrivateEngine>, IAsyncLifetime
{
    private readonly ProbeWheels _wheels = new();

    // The private engine is this class's alone: leftovers may be swept the moment they exist.
    private static readonly Dictionary<string, string?> SweepAtOnce = new() { ["Images:LeftoverAge"] = "00:00:00" };

    public Task InitializeAsync() => _wheels.InitializeAsync();

    public Task DisposeAsync()
    {
        _wheels.Index.ReleaseFiles(); // a failed test must not leave a request hanging
        return _wheels.DisposeAsync();
    }

    private static CreateImageCommand Create(string name) => new(name, [Requirement.Parse("chatops-probe")], [], null, Force: true);

    [Fact]
    public async Task Killed_mid_build_the_engine_keeps_an_exited_build_container_which_the_next_start_removes_and_a_create_then_works()
    {
        var wheels = _wheels;
        wheels.Index.HoldFiles();
        var folder = Directory.CreateTempSubdirectory("chatops-crash-").FullName;
        await using var crashed = Bed(wheels, folder);
        var name = crashed.NewName("midbuild");

        var create = Task.Run(() => crashed.RunAsync(Create(name)));
        await wheels.Index.FileRequested.Task.WaitAsync(TimeSpan.FromMinutes(3)); // pip runs inside a build container now
        await engine.KillAsync();
        wheels.Index.ReleaseFiles();
        var failed = Assert.IsType<ErrorReply>((await create)[^1]);
        Assert.Contains("was not created", failed.Message);

        await engine.StartAsync();
        Assert.NotEmpty(await OwnContainersAsync()); // what the crash left: the build step's container, stopped

        await using var restarted = Bed(wheels, folder);
        await restarted.StartAsync();
        Assert.Empty(await OwnContainersAsync());
        Assert.Empty(await StagingTagsAsync());
        Assert.IsType<CardReply>((await restarted.RunAsync(Create(name)))[^1]);
    }

    [Fact]
    public async Task Killed_once_the_image_is_built_the_engine_keeps_the_staging_tag_until_the_next_start_and_a_create_then_works()
    {
        var wheels = _wheels;
        var folder = Directory.CreateTempSubdirectory("chatops-crash-").FullName;
        var vetting = new FakePackageVetting();
        var release = new TaskCompletionSource();
        vetting.HoldInstalled = release.Task;
        await using var crashed = Bed(wheels, folder, vetting);
        var name = crashed.NewName("built");

        var create = Task.Run(() => crashed.RunAsync(Create(name)));
        await vetting.InstalledVettingStarted.Task.WaitAsync(TimeSpan.FromMinutes(3)); // "Successfully built", staging tagged
        await engine.KillAsync();
        release.SetResult();
        Assert.IsType<ErrorReply>((await create)[^1]);

        await engine.StartAsync();
        Assert.NotEmpty(await StagingTagsAsync());

        await using var restarted = Bed(wheels, folder);
        await restarted.StartAsync();
        Assert.Empty(await StagingTagsAsync());
        Assert.Empty(await OwnContainersAsync());
        var card = Assert.IsType<CardReply>((await restarted.RunAsync(Create(name)))[^1]);
        Assert.Equal(["1.0.0.2"], await restarted.EngineTagsAsync($"demisto/{name}")); // number 1 went with the crash
        Assert.EndsWith(":1.0.0.2", card.Title);
    }

    [Fact]
    public async Task Cancelled_during_the_build_the_engine_build_stops_and_no_tag_ever_appears()
    {
        var wheels = _wheels;
        wheels.Index.HoldFiles();
        await using var bed = Bed(wheels, Directory.CreateTempSubdirectory("chatops-cancel-").FullName);
        var name = bed.NewName("cancel");
        using var ctrlC = new CancellationTokenSource();

        var create = Task.Run(async () =>
        {
            var replies = new List<Reply>();
            await foreach (var reply in bed.Stream(Create(name), ctrlC.Token)) replies.Add(reply);
            return replies;
        });
        await wheels.Index.FileRequested.Task.WaitAsync(TimeSpan.FromMinutes(3));
        await ctrlC.CancelAsync();
        // Bounded: a build that ignored the cancel would keep this waiting on the held file.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => create.WaitAsync(TimeSpan.FromMinutes(1)));

        // The engine stops the build's step container once it sees the cancel; had it kept building, the step would
        // wait on the held file for ever and this would fail. Then release the file: a build still going would now
        // finish and tag.
        await UntilNoStepRunsAsync();
        wheels.Index.ReleaseFiles();
        // A second create can only start once the first's slot is free; after it, nothing of the first exists.
        var second = Assert.IsType<CardReply>((await bed.RunAsync(new CreateImageCommand(name, [Requirement.Parse("chatops-probe-dep")], [], null, Force: true)))[^1]);
        Assert.Equal([second.Title[(second.Title.IndexOf(':') + 1)..]], await bed.EngineTagsAsync($"demisto/{name}"));
        Assert.Empty(await StagingTagsAsync());
    }

    [Fact]
    public async Task One_of_two_waiters_cancelling_is_told_the_shared_build_goes_on_and_the_other_gets_the_image()
    {
        var wheels = _wheels;
        wheels.Index.HoldFiles();
        await using var bed = Bed(wheels, Directory.CreateTempSubdirectory("chatops-cancel-").FullName);
        var name = bed.NewName("shared");
        using var ctrlC = new CancellationTokenSource();
        var leaving = Task.Run(async () =>
        {
            var replies = new List<Reply>();
            await foreach (var reply in bed.Stream(Create(name), ctrlC.Token)) replies.Add(reply);
            return replies;
        });
        await wheels.Index.FileRequested.Task.WaitAsync(TimeSpan.FromMinutes(3));
        var joined = new TaskCompletionSource();
        var staying = Task.Run(async () =>
        {
            var replies = new List<Reply>();
            await foreach (var reply in bed.Stream(Create(name)))
            {
                replies.Add(reply);
                // It has joined the same build once it says so; only then does the first one leave.
                if (reply is TextReply { Text: var text } && text.Contains("already under way")) joined.TrySetResult();
            }
            return replies;
        });
        await joined.Task.WaitAsync(TimeSpan.FromMinutes(1));

        await ctrlC.CancelAsync();
        var told = Assert.IsType<TextReply>((await leaving.WaitAsync(TimeSpan.FromMinutes(1)))[^1]);
        Assert.Equal($"You stopped waiting; the build of demisto/{name} goes on for the 1 other waiting on it.", told.Text);
        wheels.Index.ReleaseFiles();
        var card = Assert.IsType<CardReply>((await staying)[^1]);
        Assert.Equal([card.Title[(card.Title.IndexOf(':') + 1)..]], await bed.EngineTagsAsync($"demisto/{name}"));
    }

    private ImagesTestBed Bed(ProbeWheels wheels, string folder, FakePackageVetting? vetting = null) =>
        ImagesTestBed.Create(wheels.Index.Url, maxConcurrentBuilds: 1, storageFolder: folder, dockerEndpoint: engine.Endpoint, settings: SweepAtOnce, vetting: vetting);

    private async Task UntilNoStepRunsAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while ((await OwnContainersAsync()).Any(c => c.State == "running")) await Task.Delay(100, deadline.Token);
    }

    private async Task<IList<ContainerListResponse>> OwnContainersAsync()
    {
        using var client = engine.NewClient();
        return await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{ManagedLabels.Managed}=true"] = true } },
        });
    }

    private async Task<IReadOnlyList<string>> StagingTagsAsync()
    {
        using var client = engine.NewClient();
        var images = await client.Images.ListImagesAsync(new ImagesListParameters());
        return images.SelectMany(i => i.RepoTags ?? []).Where(t => t.StartsWith("chatops-staging/", StringComparison.Ordinal)).ToList();
    }
}
