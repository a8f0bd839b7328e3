using ChatOps.Bots.Slack.Commands;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>Picks the follow-up route for a command: the Web API when a bot token is configured, else its response_url.</summary>
internal sealed class ConversationFactory(
    ResponseUrlClient responseUrls, SlackApiClient api, BlockKitRenderer renderer,
    IOptions<SlackOptions> options, TimeProvider time, ILoggerFactory loggers)
{
    public IConversation Create(CommandJob job)
    {
        var logger = loggers.CreateLogger<IConversation>();
        var command = job.Command;
        var viaResponseUrl = new ResponseUrlConversation(responseUrls, command.ResponseUrl, job.ReceivedAt, job.AnswersOverHttp,
            command.Line, renderer, options.Value, time, logger);
        return string.IsNullOrEmpty(options.Value.BotToken)
            ? viaResponseUrl
            : new WebApiConversation(api, viaResponseUrl, command.ChannelId, command.Line, renderer, logger);
    }
}
