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
    private readonly string _path = Path.GetFullPath(options.Value.DatabasePath);

    public string FilePath => _path;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
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
}
