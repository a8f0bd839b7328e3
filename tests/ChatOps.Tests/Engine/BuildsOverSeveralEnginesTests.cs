using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Engine.Support;
using ChatOps.Tests.Execution.Support;
using ChatOps.Tests.Images.Support;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Tests.Engine;

/// <summary>
/// /docker_image_create over two real engines (Docker:Engines "first", the default, and "second"): a build goes to
/// the engine with a free build slot and is checked, tagged and pushed there; a script then runs on the other
/// engine after a pull from the loopback registry, and a delete takes the image from both; without a registry the
/// image is found where it is, for tag numbers, "check before creating", /docker_image_info and /docker_images;
/// under approval it is staged and tagged where it was built; /engines shows a running job and a running build
/// each on its engine.
/// </summary>
public sealed class BuildsOverSeveralEnginesTests(TwoEnginesWithBaseImage engines, ProbeWheels wheels)
    : IClassFixture<TwoEnginesWithBaseImage>, IClassFixture<ProbeWheels>, IDisposable
{
    private readonly TestContent _content = new(withRepositoryContent: false);

    private static CreateImageCommand Create(string name, bool force = false) => new(name, [Requirement.Parse("chatops-probe-dep")], [], null, force);

    [Fact]
    public async Task A_build_goes_to_the_engine_with_a_free_build_slot_is_tagged_and_pushed_there_a_script_runs_on_the_other_after_a_pull_and_a_delete_takes_it_from_both()
    {
        await using var registry = await LocalRegistry.StartAsync();
        await using var bed = Bed(registry.Host, firstBuildCapacity: 1);
        var repository = $"demisto/{bed.NewName("placed")}";

        List<Reply> created;
        // The default engine's one build slot taken, as a build running there holds it.
        using (var held = await bed.Get<BuildPlacement>().TakeAsync(CancellationToken.None))
        {
            Assert.Equal("first", held.Engine.Name);
            created = await bed.RunAsync(Create(repository["demisto/".Length..]));
        }

        Assert.IsType<CardReply>(created[^1]);
        Assert.Contains(created, r => r is ProgressReply { Message: "building on engine second" });
        Assert.Equal(["1.0.0.1"], await TagsOnAsync(engines.Second, repository));
        Assert.Empty(await TagsOnAsync(engines.First, repository));
        Assert.Equal(["1.0.0.1"], await registry.TagsAsync(repository));

        // Two jobs at once on engines of capacity one: the second engine holds the image, the first pulls it.
        _content.Script("PlacedEcho", "import time\ntime.sleep(2)\ndemisto.results(demisto.args()['value'])", "- name: value\n  required: true",
            $"dockerimage: {repository}:1.0.0.1\n");
        await using (var scripts = new ScriptHost(_content.Folder, new Dictionary<string, string?>(engines.AsEnginesOfCapacityOne()) { ["Images:Registry"] = registry.Host }))
        {
            var together = await Task.WhenAll(scripts.RunAsync("placed-a", "PlacedEcho", ("value", "a")), scripts.RunAsync("placed-b", "PlacedEcho", ("value", "b")));
            Assert.Equal(["a", "b"], together.Select(replies => Texts.Of(replies[^1])).Order());
        }
        using var set = engines.NewSet();
        var built = await set.Find("second")!.Images.InspectImageAsync($"{repository}:1.0.0.1", CancellationToken.None);
        Assert.Equal(built!.Id, (await set.Find("first")!.Images.InspectImageAsync($"{repository}:1.0.0.1", CancellationToken.None))?.Id);

        // Now on both engines: a delete takes it from both (force: the test's content names it).
        var deleted = await bed.RunAsync(new DeleteImageCommand(new ImageReference(repository, "1.0.0.1"), Force: true));
        Assert.Equal($"Deleted {repository}:1.0.0.1.", Texts.Of(Assert.Single(deleted)));
        Assert.Empty(await TagsOnAsync(engines.First, repository));
        Assert.Empty(await TagsOnAsync(engines.Second, repository));
    }

    [Fact]
    public async Task Without_a_registry_an_image_on_the_second_engine_is_listed_described_found_before_creating_and_its_tag_never_handed_out_again()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-images-").FullName;
        await using var bed = Bed(registry: null, firstBuildCapacity: 0, storageFolder: folder);
        var name = bed.NewName("second");
        var repository = $"demisto/{name}";
        Assert.IsType<CardReply>((await bed.RunAsync(Create(name)))[^1]);
        Assert.Equal(["1.0.0.1"], await TagsOnAsync(engines.Second, repository));

        var again = ImagesTestBed.Outcome(await bed.RunAsync(Create(name)));
        var listed = Assert.IsType<TableReply>(Assert.Single(await bed.RunAsync(new ListImagesCommand(name, null))));
        var info = await bed.RunAsync(new ImageInfoCommand(new ImageReference(repository, "1.0.0.1")));

        Assert.StartsWith($"{repository}:1.0.0.1 already provides chatops-probe-dep on ", Texts.Of(Assert.Single(again)));
        Assert.Equal([repository, "1.0.0.1", "3.11.2", "second"], listed.Rows.Single().Where((_, i) => i is 0 or 1 or 5 or 7));
        Assert.Equal($"{repository}:1.0.0.1", Assert.IsType<CardReply>(info[0]).Title);
        // A bot on a fresh database whose default engine lacks the tag: the number the second engine carries is skipped.
        await using var fresh = Bed(registry: null, firstBuildCapacity: 1);
        Assert.Equal("1.0.0.2", await fresh.Get<TagAllocator>().AllocateAsync(repository, CancellationToken.None));
    }

    [Fact]
    public async Task Under_RequireApproval_an_image_built_on_the_second_engine_waits_staged_there_and_is_tagged_there_when_approved()
    {
        await using var bed = Bed(registry: null, firstBuildCapacity: 0, more: new()
        {
            ["Images:RequireApproval"] = "true",
            ["Access:Roles:builder:0"] = "images.create",
            ["Access:Roles:approver:0"] = "images.approve",
            ["Access:Grants:0:To"] = "console:tester",
            ["Access:Grants:0:Roles:0"] = "builder",
            ["Access:Grants:1:To"] = "console:approver",
            ["Access:Grants:1:Roles:0"] = "approver",
            ["Access:LocalUserIsAdmin"] = "false",
        });
        var name = bed.NewName("approved");

        var card = Assert.IsType<CardReply>((await bed.TypeAsync($"/docker_image_create name={name} dependencies=chatops-probe-dep"))[^1]);
        Assert.Equal($"Approval request 1: demisto/{name}:1.0.0.1", card.Title);
        Assert.StartsWith("chatops-staging/", Assert.Single(await bed.LabelledRepoTagsAsync())); // on the second engine

        var approved = await bed.TypeAsAsync("approver", "/docker_image_approve id=1");

        Assert.Equal($"console:approver approved request 1: demisto/{name}:1.0.0.1 has its final tag.", Assert.IsType<TextReply>(approved[0]).Text);
        Assert.Equal([$"demisto/{name}:1.0.0.1"], await bed.LabelledRepoTagsAsync()); // tagged there, the staging tag gone
        Assert.Empty(await TagsOnAsync(engines.First, $"demisto/{name}"));
    }

    [Fact]
    public async Task Engines_shows_a_running_script_job_and_a_running_build_each_on_its_engine()
    {
        _content.Script("LongEcho", "import time\ntime.sleep(float(demisto.args()['seconds']))\ndemisto.results('done')", "- name: seconds\n  required: true");
        await using var bed = Bed(registry: null, firstBuildCapacity: 0, withScripts: true);
        var scripts = bed.Get<IEnumerable<ICommandHandler>>().OfType<ChatOps.Execution.RunScriptHandler>().Single();

        // The job goes to the first engine (a tie, and it comes first); the build can only go to the second.
        var job = ScriptServices.RunAsync(scripts, "engines-job", "LongEcho", ("seconds", "15"));
        var jobSeen = await UntilAsync(bed, rows => rows[0][5] == "1");
        var build = bed.RunAsync(Create(bed.NewName("shown")));
        var both = await UntilAsync(bed, rows => rows[1][6] == "1 of 1");

        Assert.Equal(["first (default)", "answers", engines.First.Endpoint, "-", "1 of 1", "1", "0 of 0"], jobSeen[0]);
        Assert.Equal(["1", "0 of 0"], both[0].Skip(5));
        Assert.Equal(["second", "answers", engines.Second.Endpoint, "-", "0 of 1", "0", "1 of 1"], both[1]);
        Assert.IsType<CardReply>((await build)[^1]);
        Assert.Equal("done", Texts.Of((await job)[^1]));
        Assert.Equal(["0", "0 of 1"], (await EnginesAsync(bed))[1].Skip(5));
    }

    /// <summary>/engines, polled until its rows pass the test (at most 60 s).</summary>
    private static async Task<IReadOnlyList<IReadOnlyList<string>>> UntilAsync(ImagesTestBed bed, Func<IReadOnlyList<IReadOnlyList<string>>, bool> passes)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(100))
        {
            var rows = await EnginesAsync(bed);
            if (passes(rows)) return rows;
            if (DateTime.UtcNow > deadline) Assert.Fail("/engines never showed it; last: " + string.Join(" | ", rows.Select(r => string.Join(", ", r))));
        }
    }

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> EnginesAsync(ImagesTestBed bed) =>
        Assert.IsType<TableReply>(Assert.Single(await bed.RunAsync(new ShowEnginesCommand()))).Rows;

    /// <summary>The image feature over both engines, build capacity one on the second; scripts too when asked. Its own Docker client looks at the second.</summary>
    [Fact]
    public async Task Retention_counts_the_versions_built_on_another_engine_and_prunes_them_there()
    {
        await using var bed = Bed(registry: null, firstBuildCapacity: 0, more: new() { ["Images:KeepPerName"] = "1" });
        var name = bed.NewName("kept");
        var repository = $"demisto/{name}";
        Assert.IsType<CardReply>((await bed.RunAsync(Create(name)))[^1]);
        Assert.IsType<CardReply>((await bed.RunAsync(Create(name, force: true)))[^1]);
        Assert.Equal(["1.0.0.1", "1.0.0.2"], await TagsOnAsync(engines.Second, repository));

        var pruned = Assert.IsType<TableReply>((await bed.RunAsync(new PruneImagesCommand()))[^1]);

        Assert.Contains(pruned.Rows, row => row[0] == $"{repository}:1.0.0.1" && row[1] == "deleted");
        Assert.Equal(["1.0.0.2"], await TagsOnAsync(engines.Second, repository));
    }

    private ImagesTestBed Bed(string? registry, int firstBuildCapacity, string? storageFolder = null, bool withScripts = false, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(engines.AsEnginesOfCapacityOne())
        {
            ["Docker:Engines:0:BuildCapacity"] = firstBuildCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Docker:Engines:1:BuildCapacity"] = "1",
            ["Content:Folder"] = _content.Folder,
            ["Executor:InstanceId"] = "test-builds-" + Guid.NewGuid().ToString("N")[..12],
            ["Executor:LoopScriptPath"] = RepositoryRoot.LoopScript,
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return ImagesTestBed.Create(wheels.Index.Url, registry, storageFolder: storageFolder, dockerEndpoint: engines.Second.Endpoint, settings: settings,
            configure: withScripts ? services => services.AddScriptExecution(new ConfigurationBuilder().Build()) : null);
    }

    private static async Task<IReadOnlyList<string>> TagsOnAsync(PrivateEngine engine, string repository)
    {
        using var client = engine.NewClient();
        var images = await client.Images.ListImagesAsync(new Docker.DotNet.Models.ImagesListParameters());
        return images.SelectMany(i => i.RepoTags ?? []).Where(t => t.StartsWith(repository + ":", StringComparison.Ordinal))
            .Select(t => t[(repository.Length + 1)..]).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => _content.Dispose();
}
