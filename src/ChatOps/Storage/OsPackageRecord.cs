namespace ChatOps.Storage;

/// <summary>An OS package installed in an image, as dpkg or apk lists it.</summary>
public sealed record OsPackageRecord(string Name, string Version);
