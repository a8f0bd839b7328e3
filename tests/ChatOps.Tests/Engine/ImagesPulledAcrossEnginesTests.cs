using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Options;
using ChatOps.Replies;
using ChatOps.Tests.Engine.Support;
using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Images.Support;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Engine;

/// <summary>
/// An image built on one of two real engines (capacity one each) and pushed to the loopback registry: a second
/// job at once runs on the other engine after it pulls the image there; without Images:Registry an image that no
/// engine holds is refused with the single engine's remedy.
/// </summary>
public sealed class ImagesPulledAcrossEnginesTests(TwoEnginesWithBaseImage engines) : IClassFixture<TwoEnginesWithBaseImage>, IAsyncLifetime
{
    private readonly string _built = $"demisto/chatops-pulled:1.0.{Random.Shared.Next(1, 1_000_000)}";
    private LocalRegistry _registry = null!;
    private TestContent _content = null!;

    public async Task InitializeAsync()
    {
        _registry = await LocalRegistry.StartAsync();
        _content = new TestContent(withRepositoryContent: false)
            .Script("BuiltEcho", "import time\ntime.sleep(float(demisto.args()['seconds']))\ndemisto.results(demisto.args()['value'])",
                "- name: value\n  required: true\n- name: seconds\n  required: true", $"dockerimage: {_built}\n")
            .Script("NowhereEcho", "demisto.results('never')", "", "dockerimage: demisto/chatops-nowhere:1.0.1\n");
        using var first = new EngineSet(MsOptions.Create(new DockerOptions { Endpoint = engines.First.Endpoint }));
        var images = first.Default.Images;
        await using (var context = BuildContextArchive.Create(new BuildContextFiles($"FROM {PrivateEngine.BaseImage}\nLABEL {ManagedLabels.Managed}=\"true\"\n", "", "")))
            await images.BuildImageAsync(new EngineBuildRequest(context, _built, NetworkMode: "none"), new Progress<EngineBuildProgress>(), CancellationToken.None);
        // As ImagePublisher pushes what the bot builds.
        var (repository, tag) = (_built[.._built.LastIndexOf(':')], _built[(_built.LastIndexOf(':') + 1)..]);
        await images.TagImageAsync(_built, $"{_registry.Host}/{repository}", tag, CancellationToken.None);
        await images.PushImageAsync($"{_registry.Host}/{repository}", tag, CancellationToken.None);
        await images.RemoveImageAsync($"{_registry.Host}/{_built}", CancellationToken.None);
    }

    [Fact]
    public async Task A_job_that_finds_the_building_engine_full_runs_on_the_other_after_a_pull_from_the_registry()
    {
        await using var host = Host(withRegistry: true);

        var together = await Task.WhenAll(
            host.RunAsync("pull-a", "BuiltEcho", ("value", "a"), ("seconds", "3")),
            host.RunAsync("pull-b", "BuiltEcho", ("value", "b"), ("seconds", "3")));

        Assert.Equal(["a", "b"], together.Select(replies => Texts.Of(replies[^1])).Order());
        using var both = engines.NewSet();
        var builtId = (await both.Find("first")!.Images.InspectImageAsync(_built, CancellationToken.None))!.Id;
        Assert.Equal(builtId, (await both.Find("second")!.Images.InspectImageAsync(_built, CancellationToken.None))?.Id);
        // The registry-qualified name was only for the transfer.
        Assert.Null(await both.Find("second")!.Images.InspectImageAsync($"{_registry.Host}/{_built}", CancellationToken.None));
        var mine = new Dictionary<string, string> { [ManagedLabels.Managed] = "true", [ManagedLabels.Instance] = host.InstanceId };
        Assert.Single(await both.Find("second")!.Containers.ListAsync(mine, CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_registry_an_image_no_engine_holds_is_refused_with_the_remedy_of_one_engine()
    {
        await using var host = Host(withRegistry: false);

        var error = Assert.IsType<ErrorReply>((await host.RunAsync("nowhere", "NowhereEcho")).Last());

        Assert.StartsWith("!NowhereEcho could not start: The image demisto/chatops-nowhere:1.0.1 is not in the engine: no answering engine of Docker:Engines holds it.", error.Message);
        Assert.Contains("Images:Registry", error.Message);
    }

    private ScriptHost Host(bool withRegistry)
    {
        var settings = engines.AsEnginesOfCapacityOne();
        settings["Images:Registry"] = withRegistry ? _registry.Host : "";
        return new ScriptHost(_content.Folder, settings);
    }

    public async Task DisposeAsync()
    {
        _content.Dispose();
        await _registry.DisposeAsync();
    }
}
