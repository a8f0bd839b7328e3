using ChatOps.Policy;
using Microsoft.Data.Sqlite;

namespace ChatOps.Storage;

/// <summary>
/// The due-diligence findings of each image the bot built (table image_diligence), kept beside its metadata so
/// /docker_images can say later what was checked and how it came out.
/// </summary>
public sealed class ImageDiligenceStore(Database database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS image_diligence (
            repository TEXT NOT NULL, tag TEXT NOT NULL, position INTEGER NOT NULL, package TEXT NOT NULL,
            version TEXT, license TEXT, verdict TEXT NOT NULL, refused INTEGER NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (repository, tag, position));
        """;

    public async Task SaveAsync(string repository, string tag, VettingReport report, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM image_diligence WHERE repository = $repository AND tag = $tag;";
            clear.Parameters.AddWithValue("$repository", repository);
            clear.Parameters.AddWithValue("$tag", tag);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        for (var position = 0; position < report.Findings.Count; position++)
        {
            var finding = report.Findings[position];
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO image_diligence VALUES ($repository, $tag, $position, $package, $version, $license, $verdict, $refused, $reason);";
            insert.Parameters.AddWithValue("$repository", repository);
            insert.Parameters.AddWithValue("$tag", tag);
            insert.Parameters.AddWithValue("$position", position);
            insert.Parameters.AddWithValue("$package", finding.Package);
            insert.Parameters.AddWithValue("$version", (object?)finding.Version ?? DBNull.Value);
            insert.Parameters.AddWithValue("$license", (object?)finding.License ?? DBNull.Value);
            insert.Parameters.AddWithValue("$verdict", finding.Verdict);
            insert.Parameters.AddWithValue("$refused", finding.Refused ? 1 : 0);
            insert.Parameters.AddWithValue("$reason", finding.Reason);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every recorded report, keyed by "repository:tag".</summary>
    public async Task<IReadOnlyDictionary<string, VettingReport>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT repository, tag, package, version, license, verdict, refused, reason FROM image_diligence ORDER BY repository, tag, position;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var findings = new Dictionary<string, List<VettingFinding>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0) + ":" + reader.GetString(1);
            if (!findings.TryGetValue(key, out var list)) findings[key] = list = [];
            list.Add(new VettingFinding(
                reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetInt64(6) != 0, reader.GetString(7)));
        }
        return findings.ToDictionary(pair => pair.Key, pair => new VettingReport(pair.Value), StringComparer.Ordinal);
    }

    /// <summary>Forgets an image's findings: saving no findings clears its rows.</summary>
    public Task DeleteAsync(string repository, string tag, CancellationToken cancellationToken) =>
        SaveAsync(repository, tag, VettingReport.Empty, cancellationToken);

    /// <summary>A one-cell summary for listings: how many findings had each verdict, e.g. "ok 4, not checked 1".</summary>
    public static string Summarise(VettingReport report) =>
        string.Join(", ", report.Findings.GroupBy(f => f.Verdict, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(Schema, cancellationToken);
}
