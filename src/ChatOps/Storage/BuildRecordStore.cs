using System.Text.Json;

namespace ChatOps.Storage;

/// <summary>The build record of each image the bot built (table image_builds), keyed by "repository:tag".</summary>
public sealed class BuildRecordStore(Database database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly KeyValueTable _records = new(database, "image_builds");

    public Task SaveAsync(string reference, BuildRecord record, CancellationToken cancellationToken) =>
        _records.SaveAsync(reference, JsonSerializer.Serialize(record, Json), cancellationToken);

    public async Task<BuildRecord?> FindAsync(string reference, CancellationToken cancellationToken) =>
        await _records.FindAsync(reference, cancellationToken) is { } json ? JsonSerializer.Deserialize<BuildRecord>(json, Json) : null;

    public Task DeleteAsync(string reference, CancellationToken cancellationToken) => _records.DeleteAsync(reference, cancellationToken);
}
