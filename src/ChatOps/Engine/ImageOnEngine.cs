namespace ChatOps.Engine;

/// <summary>One engine's answer to an inspect of a reference: that it holds it, and what it says of it.</summary>
public sealed record ImageOnEngine(ConnectedEngine Engine, EngineImageDetails Image);
