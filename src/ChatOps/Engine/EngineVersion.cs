namespace ChatOps.Engine;

/// <summary>The engine's own version and the highest Engine API version it speaks, as GET /version reports them.</summary>
public sealed record EngineVersion(string Version, string ApiVersion);
