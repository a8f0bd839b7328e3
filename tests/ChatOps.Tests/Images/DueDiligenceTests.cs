using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Tests.Images.Support;

namespace ChatOps.Tests.Images;

/// <summary>
/// The builder with the real package vetting, a real pip and a local index serving wheels made here: licences are
/// read from what pip really installed, dependencies of dependencies included.
/// </summary>
public sealed class DueDiligenceTests : IAsyncLifetime
{
    private readonly LocalPythonIndex _index = new();

    public Task InitializeAsync()
    {
        _index
            .Add(new WheelBuilder("zqx-permissive-front", "1.0").License("MIT").RequiresDist("zqx-copyleft-core"))
            .Add(new WheelBuilder("zqx-copyleft-core", "3.1").Classifier("License :: OSI Approved :: GNU General Public License v3 (GPLv3)"))
            .Add(new WheelBuilder("zqx-clean-front", "2.0").LicenseExpression("Apache-2.0").RequiresDist("zqx-clean-core"))
            .Add(new WheelBuilder("zqx-clean-core", "0.4").Classifier("License :: OSI Approved :: BSD License"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _index.DisposeAsync();

    private static CreateImageCommand Create(string name, string dependency) =>
        new(name, [new PythonRequirement(dependency, [], "")], [], null, Force: false);

    [Fact]
    public async Task A_permissive_package_that_pulls_in_a_gpl_one_fails_the_create_naming_it_and_leaves_no_tag()
    {
        await using var bed = ImagesTestBed.Create(_index.Url, realVetting: true);
        var name = bed.NewName("gpl");

        var replies = await bed.RunAsync(Create(name, "zqx-permissive-front"));

        var error = Assert.IsType<ErrorReply>(replies[^1]);
        Assert.Contains("zqx-copyleft-core", error.Message + error.Detail);
        Assert.Contains("GPL", error.Message + error.Detail);
        var diligence = replies.OfType<TableReply>().Single(t => t.Title?.StartsWith("Due diligence", StringComparison.Ordinal) == true);
        Assert.Contains(diligence.Rows, row => row.Contains("zqx-copyleft-core") && row.Any(cell => cell.Contains("refused", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(await bed.EngineTagsAsync($"demisto/{name}"));
        Assert.Empty(await bed.LabelledRepoTagsAsync());
    }

    [Fact]
    public async Task Permissive_packages_all_the_way_down_build_and_the_reply_carries_the_due_diligence_table()
    {
        await using var bed = ImagesTestBed.Create(_index.Url, realVetting: true);
        var name = bed.NewName("clean");

        var replies = await bed.RunAsync(Create(name, "zqx-clean-front"));

        Assert.Equal($"demisto/{name}:1.0.0.1", Assert.IsType<CardReply>(replies[^1]).Title);
        var diligence = replies.OfType<TableReply>().Single(t => t.Title?.StartsWith("Due diligence", StringComparison.Ordinal) == true);
        Assert.Contains(diligence.Rows, row => row.Contains("zqx-clean-front") && row.Contains("2.0"));
        Assert.Contains(diligence.Rows, row => row.Contains("zqx-clean-core") && row.Contains("0.4"));
        Assert.DoesNotContain(diligence.Rows, row => row.Any(cell => cell == "refused"));
        // One licence name: the card calls zqx-clean-core's classifier licence ("BSD License") what the table calls it.
        var core = diligence.Rows.Single(row => row[0] == "zqx-clean-core");
        Assert.Equal("BSD", core[2]);
        Assert.Contains("zqx-clean-core 0.4 (BSD)", Assert.IsType<CardReply>(replies[^1]).Fields.Single(f => f.Label == "python packages").Value);

        // The findings are kept with the image: /docker_images (a new handler over the same SQLite file) shows them.
        var listed = Assert.IsType<TableReply>(Assert.Single(await bed.RunAsync(new ListImagesCommand(name, null))));
        var summary = listed.Rows.Single()[listed.Columns.ToList().IndexOf("due diligence")];
        Assert.Matches(@"^ok \d+, not checked 1$", summary);
        var stored = await bed.Get<ChatOps.Storage.ImageDiligenceStore>().LoadAllAsync(default);
        Assert.Contains(stored[$"demisto/{name}:1.0.0.1"].Findings, f => f.Package == "zqx-clean-core" && f.Version == "0.4" && !f.Refused);
    }
}
