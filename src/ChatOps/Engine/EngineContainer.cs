namespace ChatOps.Engine;

/// <summary>A container as GET /containers/json lists it (running or stopped); how and when a stopped one ended is <see cref="IContainerEngine.InspectAsync"/>'s.</summary>
public sealed record EngineContainer(string Id, string Image, string State, DateTimeOffset Created, IReadOnlyDictionary<string, string> Labels);
