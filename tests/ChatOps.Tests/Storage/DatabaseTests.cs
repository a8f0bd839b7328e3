using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Storage;

public sealed class DatabaseTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chatops-db-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_new_database_folder_is_readable_by_its_user_only_and_so_are_the_file_and_its_wal()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Path.Combine(_root, "state");
        var database = new Database(MsOptions.Create(new StorageOptions { Folder = folder }));

        await new KeyValueTable(database, "things").SaveAsync("a", "secret line", CancellationToken.None);
        // Held open: the -wal file goes away when the last connection closes (another test may clear the pools).
        await using var open = await database.OpenAsync(CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.FilePath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.FilePath + "-wal"));
    }

    [Fact]
    public async Task A_world_readable_file_left_by_an_older_version_is_tightened_and_keeps_its_rows()
    {
        if (OperatingSystem.IsWindows()) return;
        var database = new Database(MsOptions.Create(new StorageOptions { Folder = _root }));
        await new KeyValueTable(database, "things").SaveAsync("a", "kept", CancellationToken.None);
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(database.FilePath, (UnixFileMode)Convert.ToInt32("644", 8));

        var reopened = new Database(MsOptions.Create(new StorageOptions { Folder = _root }));
        Assert.Equal("kept", await new KeyValueTable(reopened, "things").FindAsync("a", CancellationToken.None));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(reopened.FilePath));
    }
}
