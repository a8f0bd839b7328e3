using System.Runtime.InteropServices;

namespace ChatOps.Integrations;

/// <summary>
/// Owner and mode from Linux's statx(2). .NET reads the mode (File.GetUnixFileMode) but has no API for the owner;
/// statx is used rather than stat because struct statx has one layout on every architecture, where struct stat
/// differs between x86-64 and arm64. glibc has had the wrapper since 2.28 (2018), musl since 1.2.5.
/// </summary>
internal sealed class LinuxFileStatusReader : IFileStatusReader
{
    private const int AtFdCwd = -100;
    private const uint StatxUid = 0x8;
    private const int StatxSize = 256;
    private const int UidOffset = 20; // after __u32 stx_mask, stx_blksize; __u64 stx_attributes; __u32 stx_nlink (native byte order)

    public uint CurrentUid => OperatingSystem.IsLinux() ? geteuid() : throw NotLinux();

    public FileStatus Read(string path)
    {
        if (!OperatingSystem.IsLinux()) throw NotLinux();
        var buffer = new byte[StatxSize];
        try
        {
            if (statx(AtFdCwd, path, 0, StatxUid, buffer) != 0)
                throw new IOException($"statx failed with errno {Marshal.GetLastPInvokeError()}");
        }
        catch (EntryPointNotFoundException)
        {
            throw new PlatformNotSupportedException("this C library has no statx, so the owner of a file cannot be read");
        }
        return new FileStatus(MemoryMarshal.Read<uint>(buffer.AsSpan(UidOffset)), File.GetUnixFileMode(path));
    }

    private static PlatformNotSupportedException NotLinux() =>
        new("the owner of a file is checked on Linux only; keep secrets in environment variables here");

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, string pathname, int flags, uint mask, [Out] byte[] statxbuf);

    [DllImport("libc")]
    private static extern uint geteuid();
}
