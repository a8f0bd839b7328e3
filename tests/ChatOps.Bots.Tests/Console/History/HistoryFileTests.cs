using ChatOps.Bots.Console.History;

namespace ChatOps.Bots.Tests.Console.History;

public sealed class HistoryFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatops-history-test-" + Guid.NewGuid().ToString("N"));

    private string FilePath => Path.Combine(_folder, "nested", "history");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Lines_appended_in_one_session_are_loaded_in_the_next()
    {
        var first = new HistoryFile(FilePath);
        first.Append("/docker_images");
        first.Append("help /docker_image_create");

        var loaded = new HistoryFile(FilePath).Load(100);

        Assert.Equal(["/docker_images", "help /docker_image_create"], loaded.Entries);
    }

    [Fact]
    public void A_missing_file_is_an_empty_history()
    {
        Assert.Empty(new HistoryFile(FilePath).Load(10).Entries);
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void The_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;

        new HistoryFile(FilePath).Append("help");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public void A_file_grown_past_twice_the_capacity_is_cut_back_to_the_newest_lines()
    {
        var file = new HistoryFile(FilePath);
        for (var i = 1; i <= 25; i++) file.Append("line " + i);

        var loaded = file.Load(10);

        Assert.Equal(Enumerable.Range(16, 10).Select(i => "line " + i), loaded.Entries);
        Assert.Equal(10, File.ReadAllLines(FilePath).Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public void Overlong_lines_are_neither_saved_nor_recalled()
    {
        var file = new HistoryFile(FilePath);
        file.Append("short");
        file.Append(new string('x', HistoryFile.MaxLineLength + 1));
        File.AppendAllText(FilePath, new string('y', HistoryFile.MaxLineLength + 1) + "\n");

        Assert.Equal(["short"], file.Load(10).Entries);
    }
}
