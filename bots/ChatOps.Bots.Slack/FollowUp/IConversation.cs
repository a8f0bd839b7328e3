using ChatOps.Bots.Slack.Rendering;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>Where the follow-ups of one command go once its HTTP answer (or Socket Mode ack) has gone out.</summary>
internal interface IConversation
{
    /// <summary>Replaces the previous progress. Best effort: skipped when the budget must be kept for the result.</summary>
    Task ShowProgressAsync(SlackMessage progress, CancellationToken cancellationToken);

    /// <summary>Delivers the result; throws when it could not be delivered.</summary>
    Task FinishAsync(SlackMessage result, CancellationToken cancellationToken);
}
