using System.Text.Json;

namespace ChatOps.Execution.Files;

/// <summary>
/// One job's returned files, received in chunks over the protocol (the `file` request) while the job runs: the
/// loop's clean-up after the job empties /tmp, and the engine's archive API cannot read a container's tmpfs.
/// </summary>
internal sealed class JobFiles(ScriptFileStore store, string investigation)
{
    private readonly Dictionary<string, StoredFile> _open = new(StringComparer.Ordinal);
    private readonly List<StoredFile> _stored = [];

    public IReadOnlyList<StoredFile> Stored => _stored;

    /// <summary>The reply to one chunk: {} when it was kept, else the <c>$$##</c> reason (the script sees an error).</summary>
    public async Task<string> ReceiveAsync(JsonElement request, CancellationToken cancellationToken)
    {
        var id = Text(request, "FileID");
        var name = Text(request, "File");
        byte[] data;
        try
        {
            data = Convert.FromBase64String(Text(request, "data"));
        }
        catch (FormatException)
        {
            return "$$##a file chunk must be base64";
        }
        var offset = request.TryGetProperty("offset", out var at) && at.TryGetInt64(out var number) ? number : -1;
        _open.TryGetValue(id, out var file);
        if (offset != (file?.Size ?? 0)) return $"$$##the chunk of {name} at {offset} does not follow the {file?.Size ?? 0} bytes received";
        var (next, problem) = await store.AppendAsync(investigation, id, name, file, data, cancellationToken);
        if (next is null)
        {
            _open.Remove(id);
            return "$$##" + problem;
        }
        _open[id] = next;
        if (request.TryGetProperty("last", out var last) && last.ValueKind == JsonValueKind.True)
        {
            _open.Remove(id);
            _stored.Add(next);
        }
        return "{}";
    }

    /// <summary>
    /// getFilePath: a chunk of a file returned earlier in this channel (never another's), for the loop to write into
    /// the job's /tmp; {"name", "size", "data" (base64), "last"}, or the <c>$$##</c> reason.
    /// </summary>
    public async Task<string> SendAsync(JsonElement request, CancellationToken cancellationToken)
    {
        var id = request.TryGetProperty("args", out var args) ? Text(args, "id") : "";
        var file = store.Find(investigation, id);
        if (file is null) return $"$$##no file with entry id '{id}' in this war room";
        var offset = request.TryGetProperty("offset", out var at) && at.TryGetInt64(out var number) ? number : 0;
        await using var input = File.OpenRead(file.Path);
        input.Seek(Math.Clamp(offset, 0, file.Size), SeekOrigin.Begin);
        var buffer = new byte[ChunkBytes];
        var read = await input.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = file.Name,
            ["size"] = file.Size,
            ["data"] = Convert.ToBase64String(buffer, 0, read),
            ["last"] = offset + read >= file.Size,
        }.ToJsonString();
    }

    /// <summary>The same chunk size the loop sends with: its base64 stays well under a line's limit.</summary>
    private const int ChunkBytes = 192 * 1024;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
