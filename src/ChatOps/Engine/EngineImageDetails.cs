namespace ChatOps.Engine;

/// <summary>An image as the engine inspects it. Layers are the root filesystem's diff ids: equal lists mean equal content.</summary>
public sealed record EngineImageDetails(
    string Id,
    IReadOnlyList<string> RepoTags,
    DateTimeOffset Created,
    long Size,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> Env,
    IReadOnlyList<string> Layers);
