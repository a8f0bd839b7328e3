using System.Globalization;

namespace ChatOps.Storage;

/// <summary>
/// The package index of each base image (table os_package_indexes), keyed by image id: the id is a hash of the
/// image's content, so a re-pushed tag gets an index of its own and a restart of the bot reads none again.
/// </summary>
public sealed class OsPackageIndexStore(Database database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS os_package_indexes (
            image_id TEXT PRIMARY KEY, image TEXT NOT NULL, read_at TEXT NOT NULL, entries TEXT NOT NULL);
        """;

    public async Task<StoredOsPackageIndex?> FindAsync(string imageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT image_id, image, read_at, entries FROM os_package_indexes WHERE image_id = $id;";
        command.Parameters.AddWithValue("$id", imageId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new StoredOsPackageIndex(reader.GetString(0), reader.GetString(1), ParseTime(reader.GetString(2)), reader.GetString(3));
    }

    /// <summary>Every stored index without its entries: what a scheduled refresh needs to decide.</summary>
    public async Task<IReadOnlyList<(string ImageId, string Image, DateTimeOffset ReadAt)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT image_id, image, read_at FROM os_package_indexes ORDER BY read_at;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new List<(string, string, DateTimeOffset)>();
        while (await reader.ReadAsync(cancellationToken)) stored.Add((reader.GetString(0), reader.GetString(1), ParseTime(reader.GetString(2))));
        return stored;
    }

    public async Task SaveAsync(StoredOsPackageIndex index, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO os_package_indexes VALUES ($id, $image, $readAt, $entries)
            ON CONFLICT (image_id) DO UPDATE SET image = excluded.image, read_at = excluded.read_at, entries = excluded.entries;
            """;
        command.Parameters.AddWithValue("$id", index.ImageId);
        command.Parameters.AddWithValue("$image", index.Image);
        command.Parameters.AddWithValue("$readAt", index.ReadAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$entries", index.Entries);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(string imageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM os_package_indexes WHERE image_id = $id;";
        command.Parameters.AddWithValue("$id", imageId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
