namespace ChatOps.Integrations;

/// <summary>Who owns a file and its permission bits.</summary>
internal sealed record FileStatus(uint OwnerUid, UnixFileMode Mode);
