namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// The SQLite folder a set of script services made up for itself: deleted when the services are disposed, so no
/// test leaves a database behind in the temp folder.
/// </summary>
internal sealed class OwnedStorageFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
