namespace ChatOps.Engine;

/// <summary>
/// A short-lived container: image, argv (never a shell line: Entrypoint and Command are both set, so the image's
/// own entrypoint cannot wrap it), labels, and whether it may use the network (the host's, as builds do).
/// </summary>
/// <param name="User">Who the command runs as; null for the image's own user.</param>
/// <param name="NamePrefix">Start of the container's name (the rest is a fresh GUID); null lets the engine name it.</param>
/// <param name="Timeout">How long it may run before it is stopped; null for as long as the caller's token allows.</param>
public sealed record EngineRunRequest(
    string Image,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, string> Labels,
    bool Network = false,
    string? Entrypoint = null,
    string? User = null,
    string? NamePrefix = null,
    TimeSpan? Timeout = null);
