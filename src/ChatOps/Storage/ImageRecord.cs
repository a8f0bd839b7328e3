using ChatOps.Policy;

namespace ChatOps.Storage;

/// <summary>What the bot knows about one image it built: the verified contents, not just the request.</summary>
public sealed record ImageRecord(
    string Repository,
    string Tag,
    string ImageId,
    string BaseImage,
    string Requested,
    string PythonVersion,
    IReadOnlyList<InstalledDistribution> Distributions,
    IReadOnlyList<OsPackageRecord> OsPackages,
    long Size,
    DateTimeOffset Created,
    TimeSpan BuildTime)
{
    public string Reference => $"{Repository}:{Tag}";
}
