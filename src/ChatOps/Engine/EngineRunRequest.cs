namespace ChatOps.Engine;

/// <summary>A short-lived container: image, argv (never a shell line), labels, and whether it may use the network.</summary>
public sealed record EngineRunRequest(string Image, IReadOnlyList<string> Command, IReadOnlyDictionary<string, string> Labels, bool Network = false, string? Entrypoint = null);
