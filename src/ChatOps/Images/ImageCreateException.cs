namespace ChatOps.Images;

/// <summary>A create that cannot go on, with the words the user sees; Detail carries log lines or findings.</summary>
public sealed class ImageCreateException(string message, string? detail = null, Exception? inner = null) : Exception(message, inner)
{
    public string? Detail { get; } = detail;
}
