namespace ChatOps.ContentUpdates;

/// <summary>A run could not start or read the content at all (folder missing, unreadable, or a git repository without a commit).</summary>
internal sealed class ContentUpdateException(string message, Exception? inner = null) : Exception(message, inner);
