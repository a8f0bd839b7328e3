namespace ChatOps.Execution.Engine;

/// <summary>A container's state as inspect reports it; enough to say why a loop went away.</summary>
public sealed record ContainerState(bool Running, long ExitCode, bool OomKilled);
