using ChatOps.Integrations;

namespace ChatOps.Tests.Integrations.Support;

/// <summary>Says whatever owner and mode the test wants, since a test cannot give a file to another user.</summary>
internal sealed class FakeFileStatusReader : IFileStatusReader
{
    public uint CurrentUid { get; set; } = 1000;

    public uint OwnerUid { get; set; } = 1000;

    public UnixFileMode Mode { get; set; } = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public Exception? Failure { get; set; }

    public List<string> Read { get; } = [];

    FileStatus IFileStatusReader.Read(string path)
    {
        Read.Add(path);
        if (Failure is not null) throw Failure;
        return new FileStatus(OwnerUid, Mode);
    }
}
