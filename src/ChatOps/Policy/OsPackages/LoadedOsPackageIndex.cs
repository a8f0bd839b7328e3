namespace ChatOps.Policy.OsPackages;

/// <summary>A base image's parsed index in memory, with the time it was read from the image.</summary>
internal sealed record LoadedOsPackageIndex(OsPackageCatalog Catalog, DateTimeOffset ReadAt);
