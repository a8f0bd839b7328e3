using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Service.Support;

/// <summary>
/// The output of `./chatops publish`, made once per test run: ./test publishes before the tests and says so in
/// CHATOPS_PUBLISHED; a test run started another way publishes here, once for every test of the collection.
/// </summary>
public sealed class PublishedBuild : IAsyncLifetime
{
    public const string Image = "chatops/bot:local";

    public string Folder { get; } = Path.Combine(RepositoryRoot.Path, ".build", "publish");

    public string AppHost => Path.Combine(Folder, "ChatOps.App");

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("CHATOPS_PUBLISHED") == Folder && File.Exists(AppHost)) return;
        var (exitCode, _, stderr) = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "publish.sh")], "", RepositoryRoot.Path,
            TimeSpan.FromMinutes(9));
        Assert.True(exitCode == 0, "scripts/publish.sh failed: " + stderr);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
