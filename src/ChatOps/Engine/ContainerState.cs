namespace ChatOps.Engine;

/// <summary>A container's state as inspect reports it: enough to say why a loop went away, and since when a stopped one is a leftover (Finished is null while it never stopped).</summary>
public sealed record ContainerState(bool Running, long ExitCode, bool OomKilled, DateTimeOffset? Finished = null);
