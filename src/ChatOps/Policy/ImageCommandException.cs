namespace ChatOps.Policy;

/// <summary>A command could not be run in an image; the message says why in words fit for the chat.</summary>
public sealed class ImageCommandException(string message, Exception? inner = null) : Exception(message, inner);
