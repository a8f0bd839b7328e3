using ChatOps.Policy;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>What the image check found inside an image; Problems empty means every request is really there.</summary>
public sealed record ImageVerification(
    string PythonVersion,
    IReadOnlyList<InstalledDistribution> Distributions,
    IReadOnlyList<OsPackageRecord> OsPackages,
    IReadOnlyList<string> Problems);
