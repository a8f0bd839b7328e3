using System.Globalization;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ChatOps.Audit;

/// <summary>
/// The audit chain in the bot's SQLite file (table audit_log).
///
/// Why two records per command instead of one row updated at the end: a row that changes after it was hashed
/// would either need its hash recomputed (so an edit by anyone with the file could be re-hashed the same way and
/// pass) or leave the outcome outside the hash (so the outcome could be edited unseen). Appending a separate
/// "completed" record keeps every row immutable once written, the outcome covered by the chain, and the
/// "received" record in the file before the handler runs. Marking a crashed command interrupted is one more
/// appended completion, so it too is on the chain.
///
/// Appends run in BEGIN IMMEDIATE transactions: the write lock is taken before the last hash is read, so writers
/// in this process or another never link two rows to the same predecessor.
/// </summary>
internal sealed class SqliteAuditLog(Database database, TimeProvider clock, ILogger<SqliteAuditLog> logger, InterruptedCommandNotices? notices = null)
    : IAuditLog, IInterruptedCommands, IRejectedRequests, IAuditDetails, IDisposable
{
    private const int MaxStoredTextLength = 4000;

    /// <summary>A detail holds a Dockerfile and a log tail: longer than a typed line, still bounded.</summary>
    private const int MaxStoredDetailLength = 16000;
    public const string Interrupted = "interrupted";

    /// <summary>The user of a rejected request: its claims are unauthenticated, so none of them is recorded as who sent it.</summary>
    public const string UnverifiedUser = "(unverified)";

    public const string RejectedVerb = "(request)";

    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly string _ownersFolder = Path.Combine(Path.GetDirectoryName(database.FilePath)!, "audit-owners");
    private OwnerLock? _owner;
    private IReadOnlyList<InterruptedCommand>? _interrupted;

    public async Task<AuditReceipt> ReceivedAsync(ChatMessage message, string verb, CancellationToken cancellationToken)
    {
        var owner = await StartAsync(cancellationToken);
        // A hostile 100,000-character line is audited, but not stored whole.
        var text = message.Text.Length > MaxStoredTextLength ? message.Text[..MaxStoredTextLength] : message.Text;
        var draft = new AuditRow(0, AuditRow.Received, null, Now(), owner, message.Platform, message.User, message.Channel, verb, text, null, null, "", "");
        var id = await AppendAsync([draft], cancellationToken);
        return new AuditReceipt(id, message, verb, clock.GetTimestamp());
    }

    public async Task CompletedAsync(AuditReceipt receipt, string outcome, CancellationToken cancellationToken)
    {
        var owner = await StartAsync(cancellationToken);
        var duration = (long)clock.GetElapsedTime(receipt.StartedTimestamp).TotalMilliseconds;
        var message = receipt.Message;
        await AppendAsync([Completion(receipt.Id, owner, message.Platform, message.User, message.Channel, receipt.Verb, outcome, duration)], cancellationToken);
    }

    public async Task RejectedAsync(string platform, string reason, string? remote, CancellationToken cancellationToken)
    {
        try
        {
            var owner = await StartAsync(cancellationToken);
            var text = remote is null ? "" : "from " + remote;
            await AppendAsync([new AuditRow(0, AuditRow.Rejected, null, Now(), owner, platform, UnverifiedUser, "", RejectedVerb, text, "rejected: " + reason, null, "", "")], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not record a rejected {Platform} request ({Reason})", platform, reason);
        }
    }

    public async Task DetailAsync(ChatMessage message, string what, string json, CancellationToken cancellationToken)
    {
        if (message.AuditId is not { } commandId) return;
        try
        {
            var owner = await StartAsync(cancellationToken);
            var text = json.Length > MaxStoredDetailLength ? json[..MaxStoredDetailLength] : json;
            await AppendAsync([new AuditRow(0, AuditRow.Detail, commandId, Now(), owner, message.Platform, message.User, message.Channel, what, text, what, null, "", "")],
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not record the {What} detail of audit row {Id}", what, commandId);
        }
    }

    public async Task<IReadOnlyList<InterruptedCommand>> ListAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken);
        return _interrupted!;
    }

    public void Dispose()
    {
        _owner?.Dispose();
        _starting.Dispose();
    }

    /// <summary>
    /// Once per instance, before its first record: takes this instance's owner lock, then marks interrupted every
    /// open command whose owner is gone (see OwnerLock), and logs them.
    /// </summary>
    private async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        if (_owner is not null && _interrupted is not null) return _owner.Owner;
        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (_owner is not null && _interrupted is not null) return _owner.Owner;
            _owner ??= OwnerLock.Acquire(_ownersFolder);
            _interrupted = await MarkInterruptedAsync(_owner.Owner, cancellationToken);
            foreach (var command in _interrupted)
            {
                logger.LogWarning("Interrupted by a restart: audit row {Id}, {Verb} asked by {User} on {Platform} in {Channel} at {At}: {Text}",
                    command.Id, command.Verb, command.User, command.Platform, command.Channel, command.At, command.Text);
            }
            await TellAsync(_interrupted, cancellationToken);
            return _owner.Owner;
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>
    /// Once, by the process that marked them: a notice for each user, after the marking is committed (a crash in
    /// between loses the notice, never the record).
    /// </summary>
    private async Task TellAsync(IReadOnlyList<InterruptedCommand> interrupted, CancellationToken cancellationToken)
    {
        if (notices is null || interrupted.Count == 0) return;
        try
        {
            await notices.TellAsync(interrupted, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not keep the notices for {Count} interrupted commands; their users are not told", interrupted.Count);
        }
    }

    private async Task<IReadOnlyList<InterruptedCommand>> MarkInterruptedAsync(string self, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(AuditSchema.Create, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var open = new List<AuditRow>();
        await using (var query = connection.CreateCommand())
        {
            query.Transaction = transaction;
            query.CommandText = $"""
                SELECT {AuditSchema.Columns} FROM audit_log r WHERE r.kind = 'received'
                    AND NOT EXISTS (SELECT 1 FROM audit_log c WHERE c.command_id = r.id AND c.kind = 'completed') ORDER BY r.id;
                """;
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) open.Add(AuditChain.Read(reader));
        }
        var dead = open.Select(row => row.Owner).Distinct(StringComparer.Ordinal)
            .Where(owner => owner != self && !OwnerLock.IsHeld(_ownersFolder, owner)).ToHashSet(StringComparer.Ordinal);
        var interrupted = open.Where(row => dead.Contains(row.Owner)).ToList();
        if (interrupted.Count > 0)
        {
            await AppendAsync(connection, transaction,
                interrupted.Select(row => Completion(row.Id, self, row.Platform, row.User, row.Channel, row.Verb, Interrupted, null)), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        foreach (var owner in dead) OwnerLock.Forget(_ownersFolder, owner);
        return interrupted.Select(row => new InterruptedCommand(row.Id, row.At, row.Platform, row.User, row.Channel, row.Verb, row.Text)).ToList();
    }

    private AuditRow Completion(long commandId, string owner, string platform, string user, string channel, string verb, string outcome, long? durationMs) =>
        new(0, AuditRow.Completed, commandId, Now(), owner, platform, user, channel, verb, "", outcome, durationMs, "", "");

    private async Task<long> AppendAsync(IEnumerable<AuditRow> drafts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(AuditSchema.Create, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var id = await AppendAsync(connection, transaction, drafts, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Appends rows after the last one, each linked to the one before; returns the id of the last appended.</summary>
    private static async Task<long> AppendAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<AuditRow> drafts, CancellationToken cancellationToken)
    {
        long lastId = 0;
        var lastHash = AuditRowHash.Genesis;
        await using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1;";
            await using var reader = await last.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken)) (lastId, lastHash) = (reader.GetInt64(0), reader.GetString(1));
        }
        foreach (var draft in drafts)
        {
            var row = draft with { Id = lastId + 1, PreviousHash = lastHash };
            row = row with { Hash = AuditRowHash.Of(row) };
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO audit_log ({AuditSchema.Columns}) VALUES ($id, $kind, $command_id, $at, $owner, $platform, $user, $channel, $verb, $text, $outcome, $duration_ms, $previous_hash, $hash);";
            insert.Parameters.AddWithValue("$id", row.Id);
            insert.Parameters.AddWithValue("$kind", row.Kind);
            insert.Parameters.AddWithValue("$command_id", (object?)row.CommandId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$at", row.At);
            insert.Parameters.AddWithValue("$owner", row.Owner);
            insert.Parameters.AddWithValue("$platform", row.Platform);
            insert.Parameters.AddWithValue("$user", row.User);
            insert.Parameters.AddWithValue("$channel", row.Channel);
            insert.Parameters.AddWithValue("$verb", row.Verb);
            insert.Parameters.AddWithValue("$text", row.Text);
            insert.Parameters.AddWithValue("$outcome", (object?)row.Outcome ?? DBNull.Value);
            insert.Parameters.AddWithValue("$duration_ms", (object?)row.DurationMs ?? DBNull.Value);
            insert.Parameters.AddWithValue("$previous_hash", row.PreviousHash);
            insert.Parameters.AddWithValue("$hash", row.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            (lastId, lastHash) = (row.Id, row.Hash);
        }
        return lastId;
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
