using ChatOps.Audit;
using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace ChatOps.Tests.Audit.Support;

/// <summary>A real SQLite file in a fresh temp folder, and audit logs opened over it as separate starts would.</summary>
internal sealed class AuditFile : IDisposable
{
    private readonly List<SqliteAuditLog> _logs = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("chatops-audit-").FullName;

    public Database Database() => new(MsOptions.Create(new StorageOptions { Folder = Folder }));

    /// <summary>A new audit log over the file, as a new process would open it.</summary>
    /// <param name="notifiers">The adapters' ways of telling a user of an interrupted command (none: kept results only).</param>
    public SqliteAuditLog Open(ChatOps.Delivery.IKeptResults? kept = null, IEnumerable<IInterruptedCommandNotifier>? notifiers = null)
    {
        var notices = kept is null
            ? null
            : new InterruptedCommandNotices(kept, Routes(), notifiers ?? [], NullLogger<InterruptedCommandNotices>.Instance);
        var log = new SqliteAuditLog(Database(), TimeProvider.System, NullLogger<SqliteAuditLog>.Instance, notices);
        _logs.Add(log);
        return log;
    }

    public AuditChain Chain() => new(Database());

    /// <summary>The follow-up routes table in this file.</summary>
    public FollowUpRoutes Routes() => new(Database(), TimeProvider.System);

    public async Task<List<AuditRow>> RowsAsync()
    {
        var rows = new List<AuditRow>();
        await foreach (var row in Chain().ReadAsync(CancellationToken.None)) rows.Add(row);
        return rows;
    }

    /// <summary>Runs SQL on the file directly, as someone editing it behind the bot's back would.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, "chatops.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        foreach (var log in _logs) log.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
