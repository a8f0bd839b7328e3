namespace ChatOps.Execution.Pool;

/// <summary>A script container could not be made ready; the message says why and is fit for chat.</summary>
internal sealed class ContainerStartException(string message, Exception? inner = null) : Exception(message, inner);
