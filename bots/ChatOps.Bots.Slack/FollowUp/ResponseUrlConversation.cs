using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// Follow-ups through one response_url: at most Slack:ResponseUrlMaxUses posts within Slack:ResponseUrlLifetime
/// of the command. Progress replaces the requester's ephemeral message; two uses are always kept back, one for
/// the result and one to close the progress message, so the result is never starved by progress.
/// </summary>
internal sealed class ResponseUrlConversation(
    ResponseUrlClient client, Uri responseUrl, DateTimeOffset receivedAt, bool ackShown,
    string line, BlockKitRenderer renderer, SlackOptions options, TimeProvider time, ILogger logger) : IConversation
{
    private const int KeptForResult = 2;
    private int _uses;
    private bool _ephemeralShown = ackShown;

    public int Uses => _uses;

    public async Task ShowProgressAsync(SlackMessage progress, CancellationToken cancellationToken)
    {
        if (!Alive() || _uses >= options.ResponseUrlMaxUses - KeptForResult)
        {
            logger.LogDebug("Progress for {Line} not shown: response_url budget kept for the result", line);
            return;
        }
        try
        {
            await PostAsync(progress with { ResponseType = SlackMessage.Ephemeral, ReplaceOriginal = true }, cancellationToken);
            _ephemeralShown = true;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or TimeoutRejectedException)
        {
            // Progress is advisory: the failure is logged (by the client too) and the result still gets its try.
            logger.LogWarning(exception, "Progress for {Line} could not be shown", line);
        }
    }

    public async Task FinishAsync(SlackMessage result, CancellationToken cancellationToken)
    {
        if (!Alive()) throw new SlackApiException("response_url", $"expired after {_uses} uses or {options.ResponseUrlLifetime}");
        if (result.IsEphemeral)
        {
            // An error replaces the requester's progress message and stays visible to them alone.
            await PostAsync(result with { ReplaceOriginal = true }, cancellationToken);
            return;
        }
        // A result is a new message in the channel; the requester's progress message then says it is done.
        await PostAsync(result with { ReplaceOriginal = false }, cancellationToken);
        if (_ephemeralShown && Alive())
        {
            var done = renderer.RenderStatus(":white_check_mark:", line, "finished; the result is in the channel.");
            await PostAsync(done with { ReplaceOriginal = true }, cancellationToken);
        }
    }

    public async Task NoteAsync(SlackMessage note, CancellationToken cancellationToken)
    {
        if (!Alive()) throw new SlackApiException("response_url", $"expired after {_uses} uses or {options.ResponseUrlLifetime}");
        await PostAsync(note with { ReplaceOriginal = false }, cancellationToken);
    }

    private bool Alive() => _uses < options.ResponseUrlMaxUses && time.GetUtcNow() - receivedAt < options.ResponseUrlLifetime;

    private async Task PostAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        _uses++;
        await client.PostAsync(responseUrl, message, cancellationToken);
    }
}
