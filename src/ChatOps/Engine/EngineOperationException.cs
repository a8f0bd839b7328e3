namespace ChatOps.Engine;

/// <summary>
/// The engine answered but an operation failed (a pull, a push, a create, a command in a short container, a
/// build); the message names the operation and the engine's words, fit to show in chat. The one "failed" type of
/// the engine room: the other one is <see cref="EngineUnavailableException"/>, the engine did not answer at all.
/// </summary>
public class EngineOperationException(string message, Exception? inner = null) : Exception(message, inner);
