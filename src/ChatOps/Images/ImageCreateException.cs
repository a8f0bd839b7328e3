using ChatOps.Replies;

namespace ChatOps.Images;

/// <summary>
/// A create that cannot go on, with the words the user sees; Detail carries log lines or findings the message does
/// not already say; Remedy what the reader can do about it, when anyone can.
/// </summary>
public sealed class ImageCreateException(string message, string? detail = null, Exception? inner = null, Remedy? remedy = null) : Exception(message, inner), IHasRemedy
{
    public string? Detail { get; } = detail;

    public Remedy? Remedy { get; } = remedy;
}
