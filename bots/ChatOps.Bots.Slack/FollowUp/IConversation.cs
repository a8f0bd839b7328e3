using ChatOps.Bots.Slack.Rendering;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>Where the follow-ups of one command go once its HTTP answer (or Socket Mode ack) has gone out.</summary>
internal interface IConversation
{
    /// <summary>Replaces the previous progress. Best effort: skipped when the budget must be kept for the result.</summary>
    Task ShowProgressAsync(SlackMessage progress, CancellationToken cancellationToken);

    /// <summary>Delivers the result; throws when it could not be delivered.</summary>
    Task FinishAsync(SlackMessage result, CancellationToken cancellationToken);

    /// <summary>
    /// A message after the result that leaves the result as it is (e.g. why a file could not be attached); an
    /// ephemeral note goes to the requester alone. Throws when it could not be delivered.
    /// </summary>
    Task NoteAsync(SlackMessage note, CancellationToken cancellationToken);
}
