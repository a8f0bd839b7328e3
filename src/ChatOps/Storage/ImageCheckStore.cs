using Microsoft.Data.Sqlite;

namespace ChatOps.Storage;

/// <summary>
/// What the image check answered, per (root filesystem layers, request) (table image_checks). The answer depends
/// only on the image's files and the request, and layer ids are hashes of their content, so a cached rebuild,
/// whose cached RUN step prints nothing, is answered from here instead of starting a check container, even after
/// a restart.
/// </summary>
public sealed class ImageCheckStore(Database database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS image_checks (content_key TEXT PRIMARY KEY, answer TEXT NOT NULL);
        """;

    public async Task<string?> FindAsync(string contentKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT answer FROM image_checks WHERE content_key = $key;";
        command.Parameters.AddWithValue("$key", contentKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SaveAsync(string contentKey, string answer, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO image_checks VALUES ($key, $answer);";
        command.Parameters.AddWithValue("$key", contentKey);
        command.Parameters.AddWithValue("$answer", answer);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
