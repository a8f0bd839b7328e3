using ChatOps.Engine;
using ChatOps.Images;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images;

/// <summary>Creates through the handler against the real engine, a real pip and the local index.</summary>
public sealed class ImageCreationTests(ProbeWheels wheels) : IClassFixture<ProbeWheels>
{
    private static CreateImageCommand Create(string name, string[] dependencies, bool force = false) =>
        new(name, dependencies.Select(Requirement.Parse).ToList(), [], null, force);

    [Fact]
    public async Task A_create_builds_verifies_records_and_answers_with_an_image_card()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url);
        var name = bed.NewName("card");

        var replies = await bed.TypeAsync($"/docker_image_create name={name} dependencies=chatops-probe");

        var card = Assert.IsType<CardReply>(replies[^1]);
        var repository = $"demisto/{name}";
        Assert.Equal($"{repository}:1.0.0.1", card.Title);
        var fields = card.Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("3.11.2", fields["python"]);
        Assert.Contains("chatops-probe 1.0 (MIT)", fields["python packages"]);
        // A dependency of a dependency, its licence by the name the due-diligence table uses (its classifier says "BSD License").
        Assert.Contains("chatops-probe-dep 2.1 (BSD)", fields["python packages"]);
        Assert.Contains("none requested", fields["os packages"]);

        // Progress names the stages in order, from the first moment (the check before the build) to the vetting
        // after it, under one activity, with the time since the request and none of the engine's bookkeeping.
        var progress = replies.OfType<ProgressReply>().ToList();
        Assert.Equal(
            ["checking the packages", "starting the build", $"starting from {fields["base"]}", "preparing the build", "copying the requirements in",
             "installing Python dependencies: chatops-probe", "naming the image", "labelling the image", "vetting what was installed"],
            // A pip step the layer cache had leaves the bot to look inside itself.
            progress.Select(p => p.Stage).Distinct().Where(stage => stage != "checking what was installed"));
        Assert.Equal("chatops-probe on the Python package index", progress[0].Message);
        Assert.All(progress, p => Assert.Equal($"create {repository}", p.Activity));
        Assert.All(progress, p => Assert.NotNull(p.Elapsed));
        Assert.All(progress, p => Assert.DoesNotMatch(@"---> |^Step \d|Removing intermediate container|\x1B", p.Message));
        Assert.All(progress, p => Assert.Null(p.TotalSteps));

        // The engine holds exactly the final tag; no staging tag is left.
        Assert.Equal(["1.0.0.1"], await bed.EngineTagsAsync(repository));
        Assert.Equal([$"{repository}:1.0.0.1"], await bed.LabelledRepoTagsAsync());
        var image = await bed.Docker.Images.InspectImageAsync($"{repository}:1.0.0.1");
        Assert.Contains($"DOCKER_IMAGE={repository}:1.0.0.1", image.Config.Env);
        Assert.Equal("console/tester", image.Config.Labels[ManagedLabels.RequestedBy]);
        Assert.Equal("true", image.Config.Labels[ManagedLabels.Managed]);
        Assert.Contains("\"dependencies\":[\"chatops-probe\"]", image.Config.Labels[ManagedLabels.Spec]);

        // Vetting saw the request before the build and what pip really installed after it.
        Assert.Single(bed.Vetting.Requests);
        var installed = Assert.Single(bed.Vetting.Installed);
        Assert.Contains(installed, d => d.Name == "chatops-probe-dep" && d.Version == "2.1" && d.Classifiers.Contains("License :: OSI Approved :: BSD License"));
        Assert.Contains(installed, d => d.Name == "chatops-probe" && d.License == "MIT");

        // /docker_images knows what is inside: python version, and package= finds it by a dependency of a dependency.
        var listed = Assert.IsType<TableReply>(Assert.Single(await bed.RunAsync(new ListImagesCommand(name, null))));
        Assert.Equal([repository, "1.0.0.1"], listed.Rows.Single().Take(2));
        Assert.Equal("3.11.2", listed.Rows.Single()[listed.Columns.ToList().IndexOf("python")]);
        var containing = Assert.IsType<TableReply>(Assert.Single(await bed.RunAsync(new ListImagesCommand(null, "chatops_probe.dep"))));
        Assert.Contains(containing.Rows, r => r[0] == repository);
        var none = Assert.Single(await bed.RunAsync(new ListImagesCommand(null, "no-such-package")));
        Assert.IsType<TextReply>(none);

        // The build is on the audit chain beside the command: the generated Dockerfile, tag, digest and the tail of its log.
        var detail = System.Text.Json.JsonDocument.Parse(await BuildDetailAsync(bed)).RootElement;
        var dockerfile = detail.GetProperty("dockerfile").GetString()!;
        Assert.Contains("\nFROM demisto/python3-deb:3.11.2.1\n", dockerfile);
        Assert.Contains($"DOCKER_IMAGE={repository}:1.0.0.1", dockerfile);
        Assert.Equal(repository, detail.GetProperty("repository").GetString());
        Assert.Equal("1.0.0.1", detail.GetProperty("tag").GetString());
        Assert.Equal(image.ID, detail.GetProperty("digest").GetString());
        Assert.NotEmpty(detail.GetProperty("logTail").EnumerateArray());
    }

    [Fact]
    public async Task An_image_that_already_provides_everything_is_offered_and_force_builds_a_new_tag()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url);
        var name = bed.NewName("reuse");
        Assert.IsType<CardReply>((await bed.RunAsync(Create(name, ["chatops-probe"])))[^1]);

        var again = Assert.Single(ImagesTestBed.Outcome(await bed.RunAsync(Create(bed.NewName("other"), ["chatops-probe-dep>=2"]))));
        Assert.StartsWith($"demisto/{name}:1.0.0.1 already provides chatops-probe-dep>=2 on demisto/python3-deb:3.11.2.1", Assert.IsType<TextReply>(again).Text);
        // For automation the existing image is a value of its own, not only words.
        Assert.Equal($"demisto/{name}:1.0.0.1", Assert.IsType<TextReply>(again).Data?["existing_image"]);
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{bed.NewName("other")}"));

        var forced = await bed.RunAsync(Create(name, ["chatops-probe"], force: true));

        Assert.Equal($"demisto/{name}:1.0.0.2", Assert.IsType<CardReply>(forced[^1]).Title);
        Assert.Equal(["1.0.0.1", "1.0.0.2"], await bed.EngineTagsAsync($"demisto/{name}"));
    }

    [Fact]
    public async Task A_dependency_the_index_does_not_have_fails_with_the_step_and_the_log_and_leaves_no_tag()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url);
        var name = bed.NewName("missing");

        var replies = await bed.RunAsync(Create(name, ["chatops-not-on-the-index"]));

        var error = Assert.IsType<ErrorReply>(replies[^1]);
        Assert.Contains("the build failed at Step 4/", error.Message);
        Assert.Contains("RUN python3 -m pip install", error.Message);
        Assert.Contains("No matching distribution found for chatops-not-on-the-index", error.Detail);
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        Assert.Empty(await bed.LabelledRepoTagsAsync());
    }

    [Fact]
    public async Task What_vetting_refuses_after_install_fails_the_create_names_the_package_and_leaves_no_tag()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url);
        bed.Vetting.RefuseInstalledLicense = "GPL-3.0-only";
        var name = bed.NewName("gpl");

        var replies = await bed.RunAsync(Create(name, ["chatops-copyleft"]));

        var error = Assert.IsType<ErrorReply>(replies[^1]);
        // The error names the package and its licence; the reason is said once, in the due-diligence table above it.
        Assert.Contains("chatops-copyleft 0.3 (GPL-3.0-only) (see the due-diligence table)", error.Message);
        var diligence = replies.OfType<TableReply>().Single(t => t.Title?.StartsWith("Due diligence", StringComparison.Ordinal) == true);
        Assert.Contains(diligence.Rows, row => row[0] == "chatops-copyleft" && row[4] == "license GPL-3.0-only is not permissive");
        Assert.DoesNotContain("is not permissive", error.Message);
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        Assert.Empty(await bed.LabelledRepoTagsAsync());
    }

    [Fact]
    public async Task What_vetting_refuses_before_building_is_never_built()
    {
        await using var bed = ImagesTestBed.Create(wheels.Index.Url);
        bed.Vetting.RefuseRequestedDependency = "chatops-probe";

        var replies = await bed.RunAsync(Create(bed.NewName("typo"), ["chatops-probe"]));

        var error = Assert.IsType<ErrorReply>(Assert.Single(ImagesTestBed.Outcome(replies)));
        Assert.Contains("chatops-probe: a likely typo of a popular package", error.Message);
        Assert.Empty(bed.Vetting.Installed);
        Assert.Empty(await bed.LabelledRepoTagsAsync());
    }

    private static async Task<string> BuildDetailAsync(ImagesTestBed bed)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bed.Get<ChatOps.Storage.Database>().FilePath}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT text FROM audit_log WHERE kind = 'detail' AND verb = 'build' ORDER BY id DESC LIMIT 1";
        return (string)(await select.ExecuteScalarAsync() ?? throw new Xunit.Sdk.XunitException("no build detail on the audit chain"));
    }
}
