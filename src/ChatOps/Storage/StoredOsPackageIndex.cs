namespace ChatOps.Storage;

/// <summary>The package index lines read from one base image (by image id), the image name it was read as, and when.</summary>
public sealed record StoredOsPackageIndex(string ImageId, string Image, DateTimeOffset ReadAt, string Entries);
