using ChatOps.Options;
using ChatOps.Storage;

namespace ChatOps.Execution.Files;

/// <summary>
/// Keeps the files scripts return (XSOAR file entries) under the storage folder, files/&lt;investigation&gt;/&lt;FileID&gt;/&lt;name&gt;,
/// readable by the bot's user only. The name comes from the script: only its last path part is used, with
/// anything but letters, digits, '.', '-' and '_' replaced, so no entry can write outside its folder.
/// </summary>
internal sealed class ScriptFileStore(Database database, ExecutorOptions options)
{
    /// <summary>Beside the SQLite file, in the storage folder.</summary>
    public string Folder => Path.Combine(Path.GetDirectoryName(database.FilePath)!, "files");

    /// <summary>Adds a chunk to a file (null: a new one); the file so far, or null with the reason it was refused (then it is removed).</summary>
    public async Task<(StoredFile? File, string? Problem)> AppendAsync(string investigation, string fileId, string name, StoredFile? file, byte[] data,
        CancellationToken cancellationToken)
    {
        if (!IsSafeId(fileId)) return (null, $"the file id '{fileId}' is not a uuid-like name");
        var size = (file?.Size ?? 0) + data.Length;
        if (size > options.FileLimitBytes)
        {
            if (file is not null) File.Delete(file.Path);
            // The script passes this on to the chat, so it names the limit and not the setting (Executor:FileLimitBytes).
            return (null, $"{name} is more than the {options.FileLimitBytes} bytes a returned file may have");
        }
        var path = file?.Path ?? PathFor(investigation, fileId, name);
        await using (var output = new FileStream(path, new FileStreamOptions
                     {
                         Mode = file is null ? FileMode.Create : FileMode.Append, Access = FileAccess.Write,
                         UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                     }))
            await output.WriteAsync(data, cancellationToken);
        return (new StoredFile(fileId, name, path, size), null);
    }

    /// <summary>A file a script of this investigation returned earlier, by its FileID (or XSOAR's "id@investigation"); null when there is none.</summary>
    public StoredFile? Find(string investigation, string entryId)
    {
        var fileId = entryId.Split('@')[0];
        if (!IsSafeId(fileId)) return null;
        var folder = Path.Combine(Folder, Safe(investigation), fileId);
        if (!Directory.Exists(folder)) return null;
        var path = Directory.EnumerateFiles(folder).FirstOrDefault();
        return path is null ? null : new StoredFile(fileId, Path.GetFileName(path), path, new FileInfo(path).Length);
    }

    private string PathFor(string investigation, string fileId, string name)
    {
        var folder = Path.Combine(Folder, Safe(investigation), fileId);
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return Path.Combine(folder, Safe(Path.GetFileName(name.Replace('\\', '/'))));
    }

    private static bool IsSafeId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static string Safe(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "file" : safe;
    }
}
