namespace ChatOps.Policy;

/// <summary>The advisory check could not be done; the message says why, and the report says it was not done.</summary>
internal sealed class AdvisoryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
