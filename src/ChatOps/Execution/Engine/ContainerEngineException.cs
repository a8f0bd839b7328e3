namespace ChatOps.Execution.Engine;

/// <summary>The engine refused or failed a container operation; the message is fit to show in chat.</summary>
public sealed class ContainerEngineException(string message, Exception? inner = null) : Exception(message, inner);
