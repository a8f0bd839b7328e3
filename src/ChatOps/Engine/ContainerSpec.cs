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
    IReadOnlyList<string> Environment);
