using System.Text.Json;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;

namespace ChatOps.Images.Approvals;

/// <summary>
/// Approval requests in SQLite (table image_approvals), in the bot's one database, so a pending request survives a
/// restart. Every change of state is one UPDATE ... WHERE state = ..., so two deciders (or a decider and the expiry,
/// or two bots on one database) can never both act on one request. A request being approved names its instance in
/// the owner column, with that instance's lock in approval-owners/ beside the database (see <see cref="OwnerLock"/>):
/// one whose instance died goes back to pending at the next start instead of staying half approved.
/// </summary>
internal sealed class ApprovalStore(Database database) : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS image_approvals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            state TEXT NOT NULL,
            owner TEXT,
            platform TEXT NOT NULL, user TEXT NOT NULL, channel TEXT NOT NULL, line TEXT NOT NULL,
            requesters TEXT NOT NULL,
            reference TEXT NOT NULL,
            staging TEXT NOT NULL,
            staged TEXT NOT NULL,
            requested_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            decided_by TEXT,
            decided_at INTEGER,
            outcome TEXT);
        CREATE INDEX IF NOT EXISTS image_approvals_open ON image_approvals (state) WHERE state IN ('pending', 'approving');
        """;

    private const string Columns = "id, state, platform, user, channel, line, requesters, staged, requested_at, expires_at, decided_by";

    private readonly string _ownersFolder = Path.Combine(Path.GetDirectoryName(database.FilePath)!, "approval-owners");
    private readonly Lock _gate = new();
    private OwnerLock? _owner;

    public async Task<ApprovalRequest> OpenAsync(StagedImage staged, ChatMessage requester, IReadOnlyList<string> requesters,
        DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        return await SingleAsync($"""
            INSERT INTO image_approvals (state, platform, user, channel, line, requesters, reference, staging, staged, requested_at, expires_at)
            VALUES ('{ApprovalState.Pending}', $platform, $user, $channel, $line, $requesters, $reference, $staging, $staged, $now, $expires)
            RETURNING {Columns};
            """, p =>
        {
            p.AddWithValue("$platform", requester.Platform);
            p.AddWithValue("$user", requester.User);
            p.AddWithValue("$channel", requester.Channel);
            p.AddWithValue("$line", requester.Text);
            p.AddWithValue("$requesters", JsonSerializer.Serialize(requesters));
            p.AddWithValue("$reference", staged.Reference);
            p.AddWithValue("$staging", staged.Staging);
            p.AddWithValue("$staged", JsonSerializer.Serialize(staged));
            p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            p.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
        }, cancellationToken) ?? throw new InvalidOperationException("SQLite returned no row for an insert");
    }

    public Task<ApprovalRequest?> FindAsync(long id, CancellationToken cancellationToken) =>
        SingleAsync($"SELECT {Columns} FROM image_approvals WHERE id = $id;", p => p.AddWithValue("$id", id), cancellationToken);

    /// <summary>The newest request for the image an interrupted create was building (repository:tag); null when it never got one.</summary>
    public Task<ApprovalRequest?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        SingleAsync($"SELECT {Columns} FROM image_approvals WHERE reference = $reference ORDER BY id DESC LIMIT 1;",
            p => p.AddWithValue("$reference", reference), cancellationToken);

    /// <summary>Pending and not yet expired -> approving by this instance; null when it was not (decided, expired, or unknown).</summary>
    public Task<ApprovalRequest?> TryClaimAsync(long id, string decidedBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        SingleAsync($"""
            UPDATE image_approvals SET state = '{ApprovalState.Approving}', owner = $owner, decided_by = $by
            WHERE id = $id AND state = '{ApprovalState.Pending}' AND expires_at > $now RETURNING {Columns};
            """, p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$owner", Owner);
            p.AddWithValue("$by", decidedBy);
            p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <summary>Pending and not yet expired -> denied; null when it was not.</summary>
    public Task<ApprovalRequest?> TryDenyAsync(long id, string decidedBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        SingleAsync($"""
            UPDATE image_approvals SET state = '{ApprovalState.Denied}', decided_by = $by, decided_at = $now, outcome = 'denied'
            WHERE id = $id AND state = '{ApprovalState.Pending}' AND expires_at > $now RETURNING {Columns};
            """, p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$by", decidedBy);
            p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <summary>An approval this instance claimed ended: approved (tagged) or failed (its staged image is gone).</summary>
    public Task FinishClaimAsync(long id, bool approved, string outcome, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync($"""
            UPDATE image_approvals SET state = $state, owner = NULL, outcome = $outcome, decided_at = $now
            WHERE id = $id AND state = '{ApprovalState.Approving}';
            """, p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$state", approved ? ApprovalState.Approved : ApprovalState.Failed);
            p.AddWithValue("$outcome", outcome);
            p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <summary>Takes every pending request whose time is up (marks it expired), so only one expiry pass acts on each.</summary>
    public Task<IReadOnlyList<ApprovalRequest>> ClaimExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ListAsync($"""
            UPDATE image_approvals SET state = '{ApprovalState.Expired}', decided_at = $now, outcome = 'expired'
            WHERE state = '{ApprovalState.Pending}' AND expires_at <= $now RETURNING {Columns};
            """, p => p.AddWithValue("$now", now.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>The staging references a request still holds (pending and in time, or being approved): the leftover sweep keeps them.</summary>
    public async Task<IReadOnlySet<string>> HeldStagingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT staging FROM image_approvals
            WHERE (state = '{ApprovalState.Pending}' AND expires_at > $now) OR state = '{ApprovalState.Approving}';
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        var held = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) held.Add(reader.GetString(0));
        return held;
    }

    /// <summary>Pending requests, oldest first, for the list of what waits.</summary>
    public Task<IReadOnlyList<ApprovalRequest>> PendingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ListAsync($"SELECT {Columns} FROM image_approvals WHERE state = '{ApprovalState.Pending}' AND expires_at > $now ORDER BY id;",
            p => p.AddWithValue("$now", now.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>Requests an instance that died was approving go back to pending; returns how many.</summary>
    public async Task<int> ReleaseAbandonedAsync(CancellationToken cancellationToken)
    {
        var self = Owner;
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        var owners = new List<string>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = $"SELECT DISTINCT owner FROM image_approvals WHERE state = '{ApprovalState.Approving}' AND owner IS NOT NULL;";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) owners.Add(reader.GetString(0));
        }
        var released = 0;
        foreach (var dead in owners.Where(owner => owner != self && !OwnerLock.IsHeld(_ownersFolder, owner)))
        {
            await using var release = connection.CreateCommand();
            release.CommandText = $"""
                UPDATE image_approvals SET state = '{ApprovalState.Pending}', owner = NULL, decided_by = NULL
                WHERE owner = $dead AND state = '{ApprovalState.Approving}';
                """;
            release.Parameters.AddWithValue("$dead", dead);
            released += await release.ExecuteNonQueryAsync(cancellationToken);
            OwnerLock.Forget(_ownersFolder, dead);
        }
        return released;
    }

    public void Dispose()
    {
        lock (_gate) _owner?.Dispose();
    }

    /// <summary>This instance's id in the owner column, its lock taken on first use and held until disposed.</summary>
    private string Owner
    {
        get
        {
            lock (_gate) return (_owner ??= OwnerLock.Acquire(_ownersFolder)).Owner;
        }
    }

    private async Task<ApprovalRequest?> SingleAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        (await ListAsync(sql, bind, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<ApprovalRequest>> ListAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        var requests = new List<ApprovalRequest>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) requests.Add(Read(reader));
        return requests;
    }

    private async Task ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ApprovalRequest Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        JsonSerializer.Deserialize<StagedImage>(reader.GetString(7))!,
        new ChatMessage(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)),
        JsonSerializer.Deserialize<List<string>>(reader.GetString(6))!,
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
        reader.IsDBNull(10) ? null : reader.GetString(10));
}
