using System.Formats.Tar;
using System.Text;

namespace ChatOps.Images;

/// <summary>The build context as the engine wants it: a tar, built in memory, with fixed timestamps so it is stable too.</summary>
public static class BuildContextArchive
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static MemoryStream Create(BuildContextFiles files)
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
        {
            foreach (var (name, content) in files.Entries()) Add(writer, name, content);
        }
        tar.Position = 0;
        return tar;
    }

    private static void Add(TarWriter writer, string name, string content)
    {
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
            ModificationTime = FixedTime,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        writer.WriteEntry(entry);
    }
}
