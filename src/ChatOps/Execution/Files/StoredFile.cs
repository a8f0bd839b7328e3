namespace ChatOps.Execution.Files;

/// <summary>A file a script returned (fileResult), copied out of its container: the entry's FileID and File name, where it is kept, its size.</summary>
public sealed record StoredFile(string FileId, string Name, string Path, long Size);
