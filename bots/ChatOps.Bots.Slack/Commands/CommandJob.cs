using ChatOps.Bots.Slack.Rendering;

namespace ChatOps.Bots.Slack.Commands;

/// <summary>
/// One slash command on its way through the worker. For HTTP, Answer is what the waiting request sends back:
/// set once, by whoever is first — the worker (final result or acknowledgement) or the request's own deadline.
/// </summary>
internal sealed class CommandJob(SlashCommand command, DateTimeOffset receivedAt, bool answersOverHttp)
{
    private readonly TaskCompletionSource<SlackMessage> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SlashCommand Command { get; } = command;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>True when an HTTP request waits for Answer; false for Socket Mode, whose envelope was acked already.</summary>
    public bool AnswersOverHttp { get; } = answersOverHttp;

    public Task<SlackMessage> Answer => _answer.Task;

    /// <summary>False when the HTTP answer was already given (then the rest must go as follow-ups).</summary>
    public bool TryAnswer(SlackMessage message) => AnswersOverHttp && _answer.TrySetResult(message);
}
