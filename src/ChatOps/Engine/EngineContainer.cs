namespace ChatOps.Engine;

/// <summary>A container as GET /containers/json and /containers/{id}/json describe it; Finished is null while it never stopped.</summary>
public sealed record EngineContainer(string Id, string State, DateTimeOffset Created, DateTimeOffset? Finished, IReadOnlyDictionary<string, string> Labels);
