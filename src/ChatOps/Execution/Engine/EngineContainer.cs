namespace ChatOps.Execution.Engine;

/// <summary>A container as the engine lists it.</summary>
public sealed record EngineContainer(string Id, string Image, string State, IReadOnlyDictionary<string, string> Labels);
