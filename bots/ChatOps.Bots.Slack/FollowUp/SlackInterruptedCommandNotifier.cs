using ChatOps.Audit;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// Tells a Slack user that their command was cut short: through its response_url while Slack still takes it (30
/// minutes, 5 uses: a use the command spent is Slack's to refuse), shown to them alone; else, with a bot token,
/// as a message in the channel that names them; else not at all (the war room keeps the notice instead).
/// </summary>
internal sealed class SlackInterruptedCommandNotifier(
    ResponseUrlClient responseUrls, ResponseUrlPolicy policy, SlackApiClient api, BlockKitRenderer renderer,
    IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackInterruptedCommandNotifier> logger) : IInterruptedCommandNotifier
{
    public string Platform => "slack";

    public async Task<bool> TellAsync(InterruptedCommand command, FollowUpRoute? route, ErrorReply notice, CancellationToken cancellationToken)
    {
        var message = renderer.RenderResult(command.Text, [notice]);
        if (route is not null && route.ValidUntil > time.GetUtcNow() && Uri.TryCreate(route.Address, UriKind.Absolute, out var url) && policy.IsAllowed(url, out _))
        {
            try
            {
                await responseUrls.PostAsync(url, message with { ReplaceOriginal = false }, cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is SlackApiException or HttpRequestException or TimeoutRejectedException)
            {
                logger.LogInformation("Slack no longer takes the response_url of interrupted audit row {Id} ({Problem}); telling the channel", command.Id, exception.Message);
            }
        }
        if (string.IsNullOrWhiteSpace(options.Value.BotToken)) return false;
        // In the channel everyone sees it, so it says whose command it was (a mention only of an id of Slack's shape).
        var who = command.User.Length is > 0 and <= 32 && command.User.All(char.IsAsciiLetterOrDigit) ? $"<@{command.User}>: " : "";
        await api.PostMessageAsync(command.Channel, message with
        {
            Blocks = [new SectionBlock(TextObject.Mrkdwn(who + ":x: " + MrkdwnEscaper.Escape(notice.Message)))],
            ResponseType = null,
        }, cancellationToken);
        return true;
    }
}
