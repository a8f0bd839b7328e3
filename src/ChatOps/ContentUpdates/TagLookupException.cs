namespace ChatOps.ContentUpdates;

/// <summary>The tags of an image could not be listed (registry or engine unreachable, refused, or answering nonsense).</summary>
internal sealed class TagLookupException(string message, Exception? inner = null) : Exception(message, inner);
