using ChatOps.Execution.Pool;
using ChatOps.Options;

namespace ChatOps.Tests.Execution;

public sealed class PreloadFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-preload-").FullName;

    [Fact]
    public void A_content_checkout_brings_CommonServerPython_and_CommonServerUserPython_in_that_order()
    {
        Write("Packs/Base/Scripts/CommonServerPython/CommonServerPython.py");
        Write("Packs/Base/Scripts/CommonServerUserPython/CommonServerUserPython.py");

        var found = PreloadFiles.Find(new ExecutorOptions(), _folder, p => p);

        Assert.Equal(["10-CommonServerPython.py", "20-CommonServerUserPython.py"], found.Select(f => f.ArchiveName));
    }

    [Fact]
    public void Content_without_them_preloads_nothing()
    {
        Assert.Empty(PreloadFiles.Find(new ExecutorOptions(), _folder, p => p));
    }

    [Fact]
    public void A_configured_path_wins_and_a_missing_one_is_an_error_that_says_what_to_set()
    {
        var configured = Write("elsewhere/CSP.py");
        Write("Packs/Base/Scripts/CommonServerPython/CommonServerPython.py");

        var found = PreloadFiles.Find(new ExecutorOptions { CommonServerPython = configured }, _folder, p => p);
        var missing = Assert.Throws<FileNotFoundException>(() =>
            PreloadFiles.Find(new ExecutorOptions { CommonServerUserPython = Path.Combine(_folder, "nope.py") }, _folder, p => p));

        Assert.Equal(configured, Assert.Single(found).Path);
        Assert.StartsWith("Executor:CommonServerUserPython names ", missing.Message);
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "# stand-in\n");
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
