using ChatOps.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatOps.Storage;

/// <summary>
/// The bot's one SQLite file. Each store creates its own tables on first use; WAL and a busy timeout let
/// concurrent commands (two creates at once) write without "database is locked".
/// </summary>
public sealed class Database(IOptions<StorageOptions> options)
{
    // The file holds every command line typed and every channel's context: only the bot's user may read it.
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _path = Path.GetFullPath(options.Value.DatabasePath);
    private volatile bool _secured;

    public string FilePath => _path;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!_secured) Secure();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Opens a connection after making sure a store's tables exist (its CREATE ... IF NOT EXISTS script).</summary>
    public async Task<SqliteConnection> OpenAsync(string schema, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var create = connection.CreateCommand();
        create.CommandText = schema;
        await create.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Creates the folder 0700 and the file 0600 before SQLite touches them, and tightens a file (and its -wal and
    /// -shm companions) an older version left world-readable. SQLite gives the -wal and -shm files it creates the
    /// mode of the database file, so securing the file first covers them too. An existing folder is left as it is:
    /// it may be one the operator chose and shares (the file inside is what must not be read).
    /// </summary>
    private void Secure()
    {
        var folder = Path.GetDirectoryName(_path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            _secured = true;
            return;
        }
        if (!Directory.Exists(folder)) Directory.CreateDirectory(folder, FolderMode);
        if (!File.Exists(_path))
        {
            // An empty file is a valid empty SQLite database; creating it here is what lets us choose its mode.
            using var created = new FileStream(_path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = FileMode,
            });
        }
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file) && File.GetUnixFileMode(file) != FileMode) File.SetUnixFileMode(file, FileMode);
        }
        _secured = true;
    }
}
