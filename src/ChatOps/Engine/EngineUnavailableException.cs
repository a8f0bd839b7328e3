namespace ChatOps.Engine;

/// <summary>The engine did not answer; the message says where we looked and how to start one.</summary>
public sealed class EngineUnavailableException(string endpoint, Exception inner)
    : Exception($"No Docker engine answers at {endpoint}: {inner.Message}. Start one (./chatops starts it for you) or set Docker__Endpoint.", inner);
