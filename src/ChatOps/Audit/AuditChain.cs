using Microsoft.Data.Sqlite;
using ChatOps.Storage;
using System.Runtime.CompilerServices;

namespace ChatOps.Audit;

/// <summary>
/// Reads the audit chain back: every row in order, for export, and the check that each row's hash is the hash of
/// its content and that it links to the row before. What a chain cannot show by itself is rows cut off its end
/// (the last rows deleted leave a shorter valid chain); an exported copy kept elsewhere is what catches that.
/// </summary>
internal sealed class AuditChain(Database database)
{
    public async IAsyncEnumerable<AuditRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(AuditSchema.Create, cancellationToken);
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {AuditSchema.Columns} FROM audit_log ORDER BY id;";
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return Read(reader);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        long count = 0;
        var previous = AuditRowHash.Genesis;
        await foreach (var row in ReadAsync(cancellationToken))
        {
            count++;
            if (row.PreviousHash != previous)
                return new AuditVerification(count, row.Id, "it does not link to the row before it (a row before it was deleted, edited or reordered)");
            if (AuditRowHash.Of(row) != row.Hash)
                return new AuditVerification(count, row.Id, "its content does not match its hash (it was edited)");
            previous = row.Hash;
        }
        return new AuditVerification(count, null, null);
    }

    public static AuditRow Read(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3),
        reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
        reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetInt64(11),
        reader.GetString(12), reader.GetString(13));
}
