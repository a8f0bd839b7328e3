using System.Text;
using ChatOps.ContentUpdates;
using ChatOps.Tests.ContentUpdates.Support;

namespace ChatOps.Tests.ContentUpdates;

public sealed class InPlaceUpdateTests : IDisposable
{
    private readonly TempFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task An_update_changes_only_the_tags_inside_the_values_in_every_quoting_style_and_line_ending()
    {
        ContentFixtures.WriteAll(_content);

        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.False(report.Git);
        Assert.Equal(ExpectedContent.ReportLines("Changed"), Updaters.Lines(report));
        ExpectedContent.AssertFolder(_content, ExpectedContent.AlphaUpdated, ExpectedContent.BetaUpdated, ExpectedContent.GammaUpdated);
        Assert.False(report.HasFailures);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_changes_nothing()
    {
        ContentFixtures.WriteAll(_content);

        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content.Path, dryRun: true, CancellationToken.None);

        Assert.True(report.DryRun);
        Assert.Equal(ExpectedContent.ReportLines("WouldChange"), Updaters.Lines(report));
        Assert.Equal("would change: in place", report.Entries[0].Detail);
        ExpectedContent.AssertFolder(_content, ContentFixtures.Alpha, ContentFixtures.Beta, ContentFixtures.Gamma);
    }

    [Fact]
    public async Task A_second_run_finds_everything_current_and_leaves_the_files_as_they_are()
    {
        ContentFixtures.WriteAll(_content);
        var updater = Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags));
        await updater.RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        var second = await updater.RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(0, second.Count(ContentUpdateStatus.Changed));
        Assert.Equal(8, second.Count(ContentUpdateStatus.Current));
        ExpectedContent.AssertFolder(_content, ExpectedContent.AlphaUpdated, ExpectedContent.BetaUpdated, ExpectedContent.GammaUpdated);
    }

    [Fact]
    public async Task An_item_that_opted_out_under_script_or_at_the_top_is_never_changed()
    {
        const string underScript = "commonfields:\n  id: Zeta\nscript:\n  dockerimage: demisto/alpha:1.0.0.1\n  autoUpdateDockerImage: False\n";
        const string quoted = "name: Eta\ndockerimage: demisto/alpha:1.0.0.1\nautoUpdateDockerImage: 'false'\n";
        _content.Write("Zeta.yml", underScript);
        _content.Write("Eta.yml", quoted);

        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(["Eta.yml Eta dockerimage demisto/alpha:1.0.0.1 ->  OptedOut", "Zeta.yml Zeta script.dockerimage demisto/alpha:1.0.0.1 ->  OptedOut"], Updaters.Lines(report));
        Assert.Equal(underScript, _content.Read("Zeta.yml"));
        Assert.Equal(quoted, _content.Read("Eta.yml"));
    }

    [Fact]
    public async Task A_byte_order_mark_and_text_beyond_ascii_survive_an_update()
    {
        var original = "name: Théta — überprüft\ndockerimage: demisto/alpha:1.0.0.9\n";
        var path = Path.Combine(_content.Path, "Theta.yml");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)]);

        await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        byte[] expected = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name: Théta — überprüft\ndockerimage: demisto/alpha:1.0.0.10\n")];
        Assert.Equal(expected, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Values_it_cannot_update_are_reported_as_failed_and_left_as_written()
    {
        const string unpinned = "name: Latest\ndockerimage: demisto/alpha:latest\nalt_dockerimages:\n  - demisto/alpha\n";
        const string anchored = "name: Anchored\ndockerimage: &img demisto/alpha:1.0.0.1\nscript:\n  dockerimage: *img\n";
        const string folded = "name: Folded\ndockerimage: >-\n  demisto/alpha:1.0.0.1\n";
        const string broken = "name: 'Broken\ndockerimage: demisto/alpha:1.0.0.1\n";
        const string unknown = "name: Unknown\ndockerimage: demisto/nowhere:1.0.0.1\n";
        _content.Write("a/Latest.yml", unpinned);
        _content.Write("b/Anchored.yml", anchored);
        _content.Write("c/Folded.yml", folded);
        _content.Write("d/Broken.yml", broken);
        _content.Write("e/Unknown.yml", unknown);

        var report = await Updaters.Create(new FakeImageEngine(ContentFixtures.EngineTags)).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(
        [
            "a/Latest.yml Latest dockerimage demisto/alpha:latest ->  Failed",
            "a/Latest.yml Latest alt_dockerimages[0] demisto/alpha: ->  Failed",
            "b/Anchored.yml Anchored dockerimage demisto/alpha:1.0.0.1 -> 1.0.0.10 Changed",
            "b/Anchored.yml Anchored script.dockerimage *img: ->  Failed",
            "c/Folded.yml Folded dockerimage demisto/alpha:1.0.0.1: ->  Failed",
            "d/Broken.yml d/Broken.yml  : ->  Failed",
            "e/Unknown.yml Unknown dockerimage demisto/nowhere:1.0.0.1 ->  Failed",
        ], Updaters.Lines(report));
        Assert.Contains("is not a version", report.Entries[0].Detail);
        Assert.Contains("(none: latest)", report.Entries[1].Detail);
        Assert.Contains("alias *img", report.Entries[3].Detail);
        Assert.Contains("write it on one line", report.Entries[4].Detail);
        Assert.StartsWith("not valid YAML at line 1", report.Entries[5].Detail);
        Assert.Equal("no version tags of demisto/nowhere in the engine (no registry is configured)", report.Entries[6].Detail);
        Assert.True(report.HasFailures);
        Assert.Equal(unpinned, _content.Read("a/Latest.yml"));
        Assert.Equal("name: Anchored\ndockerimage: &img demisto/alpha:1.0.0.10\nscript:\n  dockerimage: *img\n", _content.Read("b/Anchored.yml"));
        Assert.Equal(folded, _content.Read("c/Folded.yml"));
        Assert.Equal(broken, _content.Read("d/Broken.yml"));
        Assert.Equal(unknown, _content.Read("e/Unknown.yml"));
    }

    [Fact]
    public async Task An_engine_that_does_not_answer_fails_the_values_and_changes_nothing()
    {
        ContentFixtures.WriteAll(_content);

        var report = await Updaters.Create(new FakeImageEngine { Unavailable = true }).RunAsync(_content.Path, dryRun: false, CancellationToken.None);

        Assert.Equal(8, report.Count(ContentUpdateStatus.Failed));
        Assert.All(report.Entries.Where(e => e.Status == ContentUpdateStatus.Failed), e => Assert.StartsWith("No Docker engine answers at unix:///nowhere.sock", e.Detail));
        ExpectedContent.AssertFolder(_content, ContentFixtures.Alpha, ContentFixtures.Beta, ContentFixtures.Gamma);
    }

    [Fact]
    public async Task A_missing_folder_is_refused_with_where_it_looked()
    {
        var missing = Path.Combine(_content.Path, "nope");

        var error = await Assert.ThrowsAsync<ContentUpdateException>(() => Updaters.Create(new FakeImageEngine()).RunAsync(missing, dryRun: false, CancellationToken.None));

        Assert.Equal($"the content folder {missing} does not exist.", error.Message);
        Assert.Equal("Set Content:Folder (or pass --path DIR to chatops content).", error.Remedy?.ForAdmin);
    }
}
