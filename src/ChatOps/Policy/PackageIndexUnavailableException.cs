namespace ChatOps.Policy;

/// <summary>The package index could not say whether a project exists; the message names the index and what went wrong.</summary>
internal sealed class PackageIndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
