using System.Globalization;
using System.Text.Json;
using ChatOps.Policy;
using Microsoft.Data.Sqlite;

namespace ChatOps.Storage;

/// <summary>
/// The verified contents of the images the bot built (tables images, image_packages). Package names are kept in
/// their own rows, normalised, so "which images contain requests" is an indexed query rather than a JSON scan.
/// </summary>
public sealed class ImageMetadataStore(Database database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS images (
            repository TEXT NOT NULL, tag TEXT NOT NULL, image_id TEXT NOT NULL, base TEXT NOT NULL,
            requested TEXT NOT NULL, python_version TEXT NOT NULL, distributions TEXT NOT NULL, os_packages TEXT NOT NULL,
            size INTEGER NOT NULL, created TEXT NOT NULL, build_ms INTEGER NOT NULL,
            PRIMARY KEY (repository, tag));
        CREATE TABLE IF NOT EXISTS image_packages (
            repository TEXT NOT NULL, tag TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, version TEXT NOT NULL,
            FOREIGN KEY (repository, tag) REFERENCES images (repository, tag) ON DELETE CASCADE);
        CREATE INDEX IF NOT EXISTS image_packages_by_name ON image_packages (name);
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SaveAsync(ImageRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO images VALUES ($repository, $tag, $id, $base, $requested, $python, $distributions, $os, $size, $created, $build_ms);
                DELETE FROM image_packages WHERE repository = $repository AND tag = $tag;
                """;
            command.Parameters.AddWithValue("$repository", record.Repository);
            command.Parameters.AddWithValue("$tag", record.Tag);
            command.Parameters.AddWithValue("$id", record.ImageId);
            command.Parameters.AddWithValue("$base", record.BaseImage);
            command.Parameters.AddWithValue("$requested", record.Requested);
            command.Parameters.AddWithValue("$python", record.PythonVersion);
            command.Parameters.AddWithValue("$distributions", JsonSerializer.Serialize(record.Distributions, Json));
            command.Parameters.AddWithValue("$os", JsonSerializer.Serialize(record.OsPackages, Json));
            command.Parameters.AddWithValue("$size", record.Size);
            command.Parameters.AddWithValue("$created", record.Created.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$build_ms", (long)record.BuildTime.TotalMilliseconds);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var packages = record.Distributions.Select(d => ("python", NormalisePythonName(d.Name), d.Version))
            .Concat(record.OsPackages.Select(p => ("os", p.Name, p.Version)));
        foreach (var (kind, name, version) in packages)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO image_packages VALUES ($repository, $tag, $kind, $name, $version);";
            insert.Parameters.AddWithValue("$repository", record.Repository);
            insert.Parameters.AddWithValue("$tag", record.Tag);
            insert.Parameters.AddWithValue("$kind", kind);
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$version", version);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<ImageRecord>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT * FROM images ORDER BY repository, created DESC;", _ => { }, cancellationToken);

    /// <summary>The recorded image repository:tag, or null when the bot never finished creating it.</summary>
    public async Task<ImageRecord?> FindAsync(string repository, string tag, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT * FROM images WHERE repository = $repository AND tag = $tag;", parameters =>
        {
            parameters.AddWithValue("$repository", repository);
            parameters.AddWithValue("$tag", tag);
        }, cancellationToken)).SingleOrDefault();

    /// <summary>Images that contain a Python distribution (name normalised per PEP 503) or an OS package of that name.</summary>
    public Task<IReadOnlyList<ImageRecord>> FindContainingAsync(string package, CancellationToken cancellationToken) =>
        QueryAsync("""
            SELECT * FROM images i WHERE EXISTS (SELECT 1 FROM image_packages p WHERE p.repository = i.repository AND p.tag = i.tag
                AND ((p.kind = 'python' AND p.name = $python) OR (p.kind = 'os' AND p.name = $os)))
            ORDER BY repository, created DESC;
            """,
            parameters =>
            {
                parameters.AddWithValue("$python", NormalisePythonName(package));
                parameters.AddWithValue("$os", package);
            },
            cancellationToken);

    public async Task DeleteAsync(string repository, string tag, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM images WHERE repository = $repository AND tag = $tag;";
        command.Parameters.AddWithValue("$repository", repository);
        command.Parameters.AddWithValue("$tag", tag);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>PEP 503: runs of '-', '_', '.' become one '-', lower case.</summary>
    public static string NormalisePythonName(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, "[-_.]+", "-").ToLowerInvariant();

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(Schema, cancellationToken);

    private async Task<IReadOnlyList<ImageRecord>> QueryAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<ImageRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new ImageRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                JsonSerializer.Deserialize<List<InstalledDistribution>>(reader.GetString(6), Json)!,
                JsonSerializer.Deserialize<List<OsPackageRecord>>(reader.GetString(7), Json)!,
                reader.GetInt64(8),
                DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture),
                TimeSpan.FromMilliseconds(reader.GetInt64(10))));
        }
        return records;
    }
}
