namespace ChatOps.Storage;

/// <summary>
/// An OS package installed in an image, as dpkg or apk lists it. License is read for the packages the create asked
/// for only (from Debian's copyright file or apk's licence field); null for the others and when none is given.
/// </summary>
public sealed record OsPackageRecord(string Name, string Version, string? License = null);
