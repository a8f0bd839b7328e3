using System.Globalization;
using System.Text.Json;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;

namespace ChatOps.Images.Journal;

/// <summary>
/// Accepted creates in SQLite (table build_journal), one row per requester, from acceptance to outcome, so a kill -9
/// of the bot loses none: the next start finds the rows whose writer died (see <see cref="OwnerLock"/>, one lock per
/// journal instance in build-owners/ beside the database) and finishes them (see <see cref="InterruptedBuilds"/>).
/// Rows are updated, not appended: the audit log is the record that never changes, this is a work list.
/// </summary>
internal sealed class BuildJournal(Database database, TimeProvider clock) : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS build_journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner TEXT NOT NULL,
            platform TEXT NOT NULL, user TEXT NOT NULL, channel TEXT NOT NULL, line TEXT NOT NULL,
            spec TEXT NOT NULL,
            state TEXT NOT NULL,
            tag TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            outcome TEXT,
            notes TEXT,
            accepted_at TEXT NOT NULL,
            finished_at TEXT);
        CREATE INDEX IF NOT EXISTS build_journal_open ON build_journal (state) WHERE state <> 'finished';
        """;

    private const string Columns = "id, platform, user, channel, line, spec, state, tag, attempts";

    // Appends $note (when not null) to the notes column, "; " between notes.
    private const string AddNote = "CASE WHEN $note IS NULL THEN notes WHEN notes IS NULL THEN $note ELSE notes || '; ' || $note END";

    private readonly string _ownersFolder = Path.Combine(Path.GetDirectoryName(database.FilePath)!, "build-owners");
    private readonly Lock _gate = new();
    private OwnerLock? _owner;

    /// <summary>Records an accepted create as queued; returns its row id.</summary>
    public async Task<long> AcceptAsync(ChatMessage requester, ImageSpec spec, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO build_journal (owner, platform, user, channel, line, spec, state, accepted_at)
            VALUES ($owner, $platform, $user, $channel, $line, $spec, 'queued', $at) RETURNING id;
            """;
        command.Parameters.AddWithValue("$owner", Owner);
        command.Parameters.AddWithValue("$platform", requester.Platform);
        command.Parameters.AddWithValue("$user", requester.User);
        command.Parameters.AddWithValue("$channel", requester.Channel);
        command.Parameters.AddWithValue("$line", requester.Text);
        command.Parameters.AddWithValue("$spec", JsonSerializer.Serialize(spec));
        command.Parameters.AddWithValue("$at", Now());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The build of these rows was given its tag: from now on a stop of the bot leaves that number unused.</summary>
    public Task BuildingAsync(IReadOnlyList<long> ids, string tag, CancellationToken cancellationToken) =>
        UpdateAsync(ids, "state = 'building', tag = $tag", p => p.AddWithValue("$tag", tag), cancellationToken);

    /// <summary>
    /// Back in the queue after a restart: queued, no tag, the attempts so far. The note (what became of an interrupted
    /// build's number) is added to the row's notes, so the row keeps the history of its numbers.
    /// </summary>
    public Task RequeueAsync(IReadOnlyList<long> ids, int attempts, string? note, CancellationToken cancellationToken) =>
        UpdateAsync(ids, "state = 'queued', tag = NULL, attempts = $attempts, notes = " + AddNote, p =>
        {
            p.AddWithValue("$attempts", attempts);
            p.AddWithValue("$note", (object?)note ?? DBNull.Value);
        }, cancellationToken);

    /// <param name="outcome">In the audit's words: "ok demisto/x:1.0.0.3", "failed: ...", "cancelled".</param>
    /// <param name="note">Added to the row's notes, as for <see cref="RequeueAsync"/>.</param>
    public Task FinishAsync(IReadOnlyList<long> ids, string outcome, CancellationToken cancellationToken, string? note = null) =>
        UpdateAsync(ids, "state = 'finished', outcome = $outcome, finished_at = $at, notes = " + AddNote, p =>
        {
            p.AddWithValue("$outcome", outcome);
            p.AddWithValue("$at", Now());
            p.AddWithValue("$note", (object?)note ?? DBNull.Value);
        }, cancellationToken);

    /// <summary>
    /// Takes over, oldest first, the unfinished rows of journal instances that are gone (their process died), so no
    /// other process starting at the same moment takes them too.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> ClaimInterruptedAsync(CancellationToken cancellationToken)
    {
        var self = Owner;
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        // BEGIN IMMEDIATE: the write lock before the read, so two starting processes cannot both claim a row.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var owners = new List<string>();
        await using (var query = connection.CreateCommand())
        {
            query.Transaction = transaction;
            query.CommandText = "SELECT DISTINCT owner FROM build_journal WHERE state <> 'finished';";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) owners.Add(reader.GetString(0));
        }
        var dead = owners.Where(owner => owner != self && !OwnerLock.IsHeld(_ownersFolder, owner)).ToList();
        var claimed = new List<JournalEntry>();
        foreach (var owner in dead)
        {
            await using var claim = connection.CreateCommand();
            claim.Transaction = transaction;
            claim.CommandText = $"UPDATE build_journal SET owner = $self WHERE owner = $dead AND state <> 'finished' RETURNING {Columns};";
            claim.Parameters.AddWithValue("$self", self);
            claim.Parameters.AddWithValue("$dead", owner);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) claimed.Add(Read(reader));
        }
        await transaction.CommitAsync(cancellationToken);
        foreach (var owner in dead) OwnerLock.Forget(_ownersFolder, owner);
        return claimed.OrderBy(entry => entry.Id).ToList();
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

    private async Task UpdateAsync(IReadOnlyList<long> ids, string set, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return;
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        // The ids are numbers of ours, but parameters all the same: no text is ever spliced into SQL.
        var names = ids.Select((_, i) => $"$id{i}").ToList();
        command.CommandText = $"UPDATE build_journal SET {set} WHERE id IN ({string.Join(", ", names)});";
        for (var i = 0; i < ids.Count; i++) command.Parameters.AddWithValue(names[i], ids[i]);
        bind(command.Parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static JournalEntry Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new ChatMessage(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)),
        JsonSerializer.Deserialize<ImageSpec>(reader.GetString(5))!,
        reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.GetInt32(8));

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
