using System.Formats.Tar;

namespace ChatOps.Execution.Pool;

/// <summary>
/// The configured loop script, and the modules it preloads (in preload/), as a tar read once and put into every
/// new container (never mounted from the host). Any XSOAR-compatible loop works: the server speaks only the
/// documented protocol.
/// </summary>
internal sealed class LoopScriptArchive(string path, IReadOnlyList<PreloadFile> preloads)
{
    private readonly Lazy<byte[]> _tar = new(() => Build(path, preloads));

    public LoopScriptArchive(string path)
        : this(path, [])
    {
    }

    public IReadOnlyList<PreloadFile> Preloads => preloads;

    public string Path { get; } = path;

    public string FileName { get; } = System.IO.Path.GetFileName(path);

    public Stream Open() => new MemoryStream(_tar.Value, writable: false);

    private static byte[] Build(string path, IReadOnlyList<PreloadFile> preloads)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The python loop script {path} does not exist. Set Executor:LoopScriptPath (relative to the folder of appsettings.json).", path);
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(ReadOnly(TarEntryType.RegularFile, System.IO.Path.GetFileName(path), File.ReadAllBytes(path)));
            if (preloads.Count > 0)
            {
                writer.WriteEntry(ReadOnly(TarEntryType.Directory, "preload/", null));
                foreach (var preload in preloads)
                    writer.WriteEntry(ReadOnly(TarEntryType.RegularFile, "preload/" + preload.ArchiveName, File.ReadAllBytes(preload.Path)));
            }
        }
        return output.ToArray();
    }

    /// <summary>Owned by root, readable by all: the script user can run it but not change it.</summary>
    private static PaxTarEntry ReadOnly(TarEntryType type, string name, byte[]? data)
    {
        var entry = new PaxTarEntry(type, name)
        {
            Mode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead |
                   (type == TarEntryType.Directory ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : UnixFileMode.None),
            Uid = 0,
            Gid = 0,
        };
        if (data is not null) entry.DataStream = new MemoryStream(data); // a folder has none, and refuses even null
        return entry;
    }
}
