namespace ChatOps.Storage;

/// <summary>
/// An exclusive lock on a file named after one writer instance (an audit log, a build journal), held for its
/// lifetime. Several processes share the database (serve, and an exec or repl started beside it), so "open at
/// start" does not mean "crashed": a row is interrupted only when the lock of the instance that wrote it is free.
/// The OS releases the lock when a process dies, kill -9 included, which a row in the database itself could not do.
/// </summary>
internal sealed class OwnerLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private OwnerLock(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    public string Owner => Path.GetFileNameWithoutExtension(_path);

    public static OwnerLock Acquire(string folder)
    {
        CreateFolder(folder);
        var path = PathOf(folder, Guid.NewGuid().ToString("N"));
        // FileShare.None is an flock(LOCK_EX) on Linux: it conflicts with any other open, in this process or another.
        return new OwnerLock(path, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));
    }

    /// <summary>True while the instance that wrote rows as <paramref name="owner"/> is alive.</summary>
    public static bool IsHeld(string folder, string owner)
    {
        // An owner that is no id of ours (an edited row) has no lock anyone could hold.
        if (!IsOwnerId(owner)) return false;
        var path = PathOf(folder, owner);
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        return false;
    }

    /// <summary>Removes the lock file of an owner found dead, once its rows are marked.</summary>
    public static void Forget(string folder, string owner)
    {
        if (IsOwnerId(owner)) File.Delete(PathOf(folder, owner));
    }

    public void Dispose()
    {
        _stream.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (DirectoryNotFoundException)
        {
            // The storage folder went first (a test's, or an operator's clean-up): there is nothing left to remove.
        }
    }

    private static bool IsOwnerId(string owner) => owner.Length is > 0 and <= 64 && owner.All(char.IsAsciiLetterOrDigit);

    private static string PathOf(string folder, string owner) => Path.Combine(folder, owner + ".lock");

    private static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
