using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// Follow-ups with the bot token: progress is one channel message posted with chat.postMessage and edited with
/// chat.update, and the result becomes that message's final content. Errors stay ephemeral, so they go through
/// the response_url. If the Web API refuses (e.g. the bot is not in the channel) or does not answer, the failure is
/// logged and the rest of the conversation continues through the response_url.
/// </summary>
internal sealed class WebApiConversation(
    SlackApiClient api, ResponseUrlConversation fallback, string channel, string line,
    BlockKitRenderer renderer, ILogger logger) : IConversation
{
    private string? _ts;
    private bool _useFallback;

    public async Task ShowProgressAsync(SlackMessage progress, CancellationToken cancellationToken)
    {
        if (!_useFallback && await TryPublishAsync(progress, cancellationToken)) return;
        await fallback.ShowProgressAsync(progress, cancellationToken);
    }

    public async Task FinishAsync(SlackMessage result, CancellationToken cancellationToken)
    {
        if (result.IsEphemeral)
        {
            await fallback.FinishAsync(result, cancellationToken);
            if (_ts is not null && !_useFallback)
            {
                await TryPublishAsync(renderer.RenderStatus(":x:", line, "failed; the details were shown to the person who ran it."), cancellationToken);
            }
            return;
        }
        if (!_useFallback && await TryPublishAsync(result, cancellationToken)) return;
        await fallback.FinishAsync(result, cancellationToken);
    }

    /// <summary>Notes go through the response_url: the only way to reach the requester alone, and they never edit the result.</summary>
    public Task NoteAsync(SlackMessage note, CancellationToken cancellationToken) => fallback.NoteAsync(note, cancellationToken);

    private async Task<bool> TryPublishAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (_ts is null) _ts = await api.PostMessageAsync(channel, message, cancellationToken);
            else await api.UpdateAsync(channel, _ts, message, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or TimeoutRejectedException)
        {
            // Also when Slack never answered: a chat.postMessage is not retried then (it could post twice), so the
            // response_url is the way left to reach the requester.
            logger.LogWarning(exception, "Web API follow-up for {Line} failed; continuing through response_url", line);
            _useFallback = true;
            return false;
        }
    }
}
