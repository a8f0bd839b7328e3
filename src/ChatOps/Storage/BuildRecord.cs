namespace ChatOps.Storage;

/// <summary>
/// How one image came to be, kept at build time because nothing in the engine says it later: the generated
/// Dockerfile, who asked (platform/user, channel), the command line as typed, and the last lines of its build log.
/// </summary>
public sealed record BuildRecord(
    string ImageId,
    string Dockerfile,
    string RequestedBy,
    string Channel,
    string Request,
    IReadOnlyList<string> LogTail);
