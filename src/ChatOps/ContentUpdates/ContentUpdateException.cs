using ChatOps.Replies;

namespace ChatOps.ContentUpdates;

/// <summary>
/// A run could not start or read the content at all (folder missing, unreadable, or a git repository without a
/// commit). The remedy, when there is one, names the setting for admins and the CLI only.
/// </summary>
internal sealed class ContentUpdateException(string message, Exception? inner = null, Remedy? remedy = null) : Exception(message, inner), IHasRemedy
{
    public Remedy? Remedy { get; } = remedy;
}
