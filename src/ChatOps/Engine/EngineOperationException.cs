namespace ChatOps.Engine;

/// <summary>An engine operation (pull, push, tag) failed; the message names the operation and the engine's words.</summary>
public sealed class EngineOperationException(string message, Exception? inner = null) : Exception(message, inner);
