namespace ChatOps.Integrations;

/// <summary>
/// What the secrets-file check needs from the operating system, behind an interface because a test cannot make a
/// file that belongs to somebody else without being root.
/// </summary>
internal interface IFileStatusReader
{
    /// <summary>The user the bot runs as (effective uid).</summary>
    uint CurrentUid { get; }

    /// <exception cref="PlatformNotSupportedException">The platform cannot say who owns a file.</exception>
    /// <exception cref="IOException">The file cannot be examined.</exception>
    FileStatus Read(string path);
}
