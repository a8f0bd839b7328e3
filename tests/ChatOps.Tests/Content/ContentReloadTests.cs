using ChatOps.Content;
using ChatOps.Tests.Content.Support;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Content;

/// <summary>Edits, new items and removed items are seen without a restart, at most one rescan interval late.</summary>
public sealed class ContentReloadTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly ContentFolder _folder = new();
    private readonly ManualClock _clock = new();

    private ContentLibrary Library() => new(_folder.Path, rescanInterval: Interval, time: _clock);

    private ContentFolder WriteSplit(string name, string code = "pass\n") =>
        _folder.Write($"Packs/P/Scripts/{name}/{name}.yml", XsoarYaml.Script(name)).Write($"Packs/P/Scripts/{name}/{name}.py", code);

    [Fact]
    public void An_edited_yaml_is_seen_once_the_rescan_interval_has_passed_and_not_before()
    {
        WriteSplit("Tool");
        var library = Library();

        // The edit changes the length, as every edit in these tests does: two writes within one tick of the
        // file system's clock have the same write time.
        _folder.Write("Packs/P/Scripts/Tool/Tool.yml", XsoarYaml.Script("Tool").Replace("as a content pack ships it", "edited"));
        var before = library.Find("Tool")!.Comment;
        _clock.Advance(Interval);
        var after = library.Find("Tool")!.Comment;

        Assert.Equal(("Tool, as a content pack ships it.", "Tool, edited."), (before, after));
    }

    [Fact]
    public void A_library_made_without_scanning_reads_the_folder_as_it_is_at_first_use_without_waiting_an_interval()
    {
        var library = new ContentLibrary(_folder.Path, rescanInterval: Interval, time: _clock, scanNow: false);

        WriteSplit("Tool");

        Assert.Equal("Tool, as a content pack ships it.", library.Find("Tool")?.Comment);
    }

    [Fact]
    public void An_edited_py_of_a_split_item_is_seen()
    {
        WriteSplit("Tool", "return_results(1)\n");
        var library = Library();

        _folder.Write("Packs/P/Scripts/Tool/Tool.py", "return_results(22)\n");
        _clock.Advance(Interval);

        Assert.Equal("return_results(22)\n", library.Find("Tool")!.Code);
    }

    [Fact]
    public void An_added_item_is_loaded_and_a_removed_one_is_gone()
    {
        WriteSplit("Old");
        var library = Library();

        WriteSplit("New");
        Directory.Delete(Path.Combine(_folder.Path, "Packs/P/Scripts/Old"), recursive: true);
        _clock.Advance(Interval);

        Assert.Equal(["New"], library.Scripts.Select(s => s.Name));
        Assert.Null(library.Find("Old"));
    }

    [Fact]
    public void An_item_broken_by_an_edit_is_reported_and_loads_again_once_fixed()
    {
        WriteSplit("Tool");
        var library = Library();

        _folder.Write("Packs/P/Scripts/Tool/Tool.yml", "name: Tool\nscript: x\n  - wrong: indent\n");
        _clock.Advance(Interval);
        var broken = (library.Find("Tool"), Assert.Single(library.Errors).Line);
        WriteSplit("Tool");
        _clock.Advance(Interval);

        Assert.Equal((null, 3), broken);
        Assert.NotNull(library.Find("Tool"));
        Assert.Empty(library.Errors);
    }

    [Fact]
    public void A_content_folder_that_appears_after_the_start_is_loaded()
    {
        var folder = Path.Combine(_folder.Path, "later");
        var library = new ContentLibrary(folder, rescanInterval: Interval, time: _clock);
        var missing = Assert.Single(library.Errors).Message;

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Print.yml"), "name: Print\nscript: print(1)\n");
        _clock.Advance(Interval);

        Assert.Equal("the content folder does not exist (set Content:Folder)", missing);
        Assert.Empty(library.Errors);
        Assert.Equal("print(1)", library.Find("Print")!.Code);
    }

    [Fact]
    public void An_unchanged_item_is_not_read_again()
    {
        WriteSplit("Tool");
        var library = Library();
        var first = library.Find("Tool");

        WriteSplit("Other");
        _clock.Advance(Interval);

        Assert.Same(first, library.Find("Tool"));
        Assert.NotNull(library.Find("Other"));
    }

    public void Dispose() => _folder.Dispose();
}
