namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>A git repository in a temp folder with a local user.name/email, and a git helper for the test's own checks.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitRepository()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Fixture Author");
        Git("config", "user.email", "fixture@example.test");
        Git("config", "core.autocrlf", "false");
    }

    public string Path => _folder.Path;

    public TempFolder Folder => _folder;

    public void CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the repository; a failure fails the test with git's message. Returns stdout.</summary>
    public string Git(params string[] arguments) => Tool.Run("git", Path, arguments);

    public void Dispose() => _folder.Dispose();
}
