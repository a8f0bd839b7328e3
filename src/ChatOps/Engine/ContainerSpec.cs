namespace ChatOps.Engine;

/// <summary>Everything a script container is created with; hardening fields are explicit so tests can read them.</summary>
public sealed record ContainerSpec(
    string Image,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, string> Labels,
    string User,
    string NetworkMode,
    bool ReadOnlyRootFilesystem,
    IReadOnlyDictionary<string, string> Tmpfs,
    bool DropAllCapabilities,
    bool NoNewPrivileges,
    long PidsLimit,
    long MemoryBytes,
    long NanoCpus,
    string ScratchVolumePath,
    IReadOnlyList<string> Environment)
{
    /// <summary>Labels of Docker:Engines the engine taking the container must carry (an integration instance's EngineLabels); empty for none.</summary>
    public IReadOnlyList<string> RequiredEngineLabels { get; init; } = [];
}
