namespace ChatOps.Engine;

/// <summary>How a short-lived container ended and what it wrote.</summary>
public sealed record EngineRunResult(long ExitCode, string StandardOutput, string StandardError);
