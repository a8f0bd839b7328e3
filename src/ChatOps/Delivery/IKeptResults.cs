using ChatOps.Replies;

namespace ChatOps.Delivery;

/// <summary>
/// Results an adapter could not deliver, kept durably so none is lost: the war room shows them first at the
/// requester's next command in that channel (see <see cref="KeptResultsShownFirst"/>).
/// </summary>
public interface IKeptResults
{
    /// <summary>Keeps what the war room answered to the message (progress left out).</summary>
    Task KeepAsync(ChatMessage message, IReadOnlyList<Reply> replies, string reason, CancellationToken cancellationToken);

    /// <summary>Removes and returns, oldest first, what was kept for this user in this channel of this platform.</summary>
    Task<IReadOnlyList<KeptResult>> TakeAsync(string platform, string user, string channel, CancellationToken cancellationToken);
}
