namespace ChatOps.Engine;

/// <summary>An image as the engine inspects it.</summary>
public sealed record EngineImageDetails(
    string Id,
    IReadOnlyList<string> RepoTags,
    DateTimeOffset Created,
    long Size,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> Env);
