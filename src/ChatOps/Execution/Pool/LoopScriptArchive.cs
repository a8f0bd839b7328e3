using System.Formats.Tar;

namespace ChatOps.Execution.Pool;

/// <summary>
/// The configured loop script as a one-file tar, read once, put into every new container (never mounted from
/// the host). Any XSOAR-compatible loop works: the server speaks only the documented protocol.
/// </summary>
internal sealed class LoopScriptArchive(string path)
{
    private readonly Lazy<byte[]> _tar = new(() => Build(path));

    public string Path { get; } = path;

    public string FileName { get; } = System.IO.Path.GetFileName(path);

    public Stream Open() => new MemoryStream(_tar.Value, writable: false);

    private static byte[] Build(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The python loop script {path} does not exist. Set Executor:LoopScriptPath (relative to the folder of appsettings.json).", path);
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, System.IO.Path.GetFileName(path))
            {
                // Owned by root, readable by all: the script user can run it but not change it.
                Mode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                Uid = 0,
                Gid = 0,
                DataStream = new MemoryStream(File.ReadAllBytes(path)),
            };
            writer.WriteEntry(entry);
        }
        return output.ToArray();
    }
}
