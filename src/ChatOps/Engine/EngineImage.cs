namespace ChatOps.Engine;

/// <summary>An image as the engine lists it: one entry per image id, with every repo:tag that points at it.</summary>
public sealed record EngineImage(
    string Id,
    IReadOnlyList<string> RepoTags,
    DateTimeOffset Created,
    long Size,
    IReadOnlyDictionary<string, string> Labels);
