namespace ChatOps.Registry;

/// <summary>The configured registry did not answer, refused, or sent something unreadable; the message names the registry and says which.</summary>
internal sealed class RegistryException(string message, Exception? inner = null) : Exception(message, inner);
