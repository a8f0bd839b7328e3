using ChatOps.Audit;
using ChatOps.Bots.Discord.Rendering;
using ChatOps.Bots.Discord.Rest;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace ChatOps.Bots.Discord.Interactions;

/// <summary>
/// Tells a Discord user that their command was cut short: as a private follow-up on its interaction token while
/// Discord still takes it (15 minutes); else, with a bot token, as a message in the channel that names them; else
/// not at all (the war room keeps the notice instead).
/// </summary>
internal sealed class DiscordInterruptedCommandNotifier(DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time,
    ILogger<DiscordInterruptedCommandNotifier> logger) : IInterruptedCommandNotifier
{
    /// <summary>How long Discord takes follow-ups on an interaction's token (Receiving and Responding: "valid for 15 minutes").</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public string Platform => "discord";

    public async Task<bool> TellAsync(InterruptedCommand command, FollowUpRoute? route, ErrorReply notice, CancellationToken cancellationToken)
    {
        var text = DiscordMarkdown.Render(notice);
        if (route is not null && route.ValidUntil > time.GetUtcNow())
        {
            try
            {
                await rest.CreateFollowUpAsync(route.Address, DiscordMessage.Private(text), cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is DiscordApiException or HttpRequestException or TimeoutRejectedException or InvalidOperationException)
            {
                logger.LogInformation("Discord no longer takes the follow-up of interrupted audit row {Id} ({Problem}); telling the channel", command.Id, exception.Message);
            }
        }
        if (string.IsNullOrWhiteSpace(options.Value.BotToken)) return false;
        // In the channel everyone sees it, so it names whose command it was (a snowflake only; allowed_mentions pings no one).
        var who = command.User.Length is > 0 and <= 20 && command.User.All(char.IsAsciiDigit) ? $"<@{command.User}> " : "";
        await rest.CreateChannelMessageAsync(command.Channel, new DiscordMessage(who + text), cancellationToken);
        return true;
    }
}
