namespace ChatOps.Telemetry;

/// <summary>One platform connection: up or not, and in a few words why not.</summary>
public sealed record PlatformConnectionState(bool Up, string Detail);
