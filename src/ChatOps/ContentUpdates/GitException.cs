namespace ChatOps.ContentUpdates;

/// <summary>A git command failed; the message names the command and carries git's own explanation.</summary>
internal sealed class GitException(string message, Exception? inner = null) : Exception(message, inner);
