using ChatOps.Replies;

namespace ChatOps.Audit;

/// <summary>
/// A chat adapter's way of telling a user that their command was cut short by a crash: through the command's own
/// follow-up route while the platform still takes it, else in the channel. The core says what and to whom; the
/// adapter only delivers.
/// </summary>
public interface IInterruptedCommandNotifier
{
    /// <summary>"slack" or "discord": the platform of the commands it tells.</summary>
    string Platform { get; }

    /// <summary>True when the notice reached the platform; false when it could not be delivered (the caller keeps it instead).</summary>
    /// <param name="route">The command's follow-up route, when it still has a valid one.</param>
    Task<bool> TellAsync(InterruptedCommand command, FollowUpRoute? route, ErrorReply notice, CancellationToken cancellationToken);
}
