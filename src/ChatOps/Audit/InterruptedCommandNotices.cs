using ChatOps.Delivery;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOps.Audit;

/// <summary>
/// Tells each user whose command a crash cut short what became of it, where they asked: through the command's
/// follow-up (a Slack response_url, a Discord interaction token) while the platform still takes it, else in the
/// channel, both by the platform's adapter; where neither works (no adapter here, no token, the platform refused),
/// a notice is kept for them and shown first at their next command in that channel. Creates are left out: the build
/// journal resumes them and tells their requesters itself, so a second, contradicting notice would be wrong.
/// </summary>
internal sealed class InterruptedCommandNotices(
    IKeptResults kept, FollowUpRoutes routes, IEnumerable<IInterruptedCommandNotifier> notifiers, ILogger<InterruptedCommandNotices> logger)
{
    private const string JournaledVerb = "/docker_image_create";

    private readonly IInterruptedCommandNotifier[] _notifiers = notifiers.ToArray();

    public async Task TellAsync(IEnumerable<InterruptedCommand> commands, CancellationToken cancellationToken)
    {
        foreach (var command in commands)
        {
            // Taken for every command, creates included: a route must not outlive its command in the database.
            var route = await routes.TakeAsync(command.Id, cancellationToken);
            if (command.Verb == JournaledVerb) continue;
            var notice = new ErrorReply($"{command.Verb} did not finish: the bot stopped while it ran (received {command.At}). " +
                                        "Whatever it had not answered is lost; run it again if you still need it.");
            if (await DeliveredAsync(command, route, notice, cancellationToken)) continue;
            var asked = new ChatMessage(command.Platform, command.User, command.Channel, command.Text);
            await kept.KeepAsync(asked, [notice], "the bot restarted", cancellationToken);
        }
    }

    private async Task<bool> DeliveredAsync(InterruptedCommand command, FollowUpRoute? route, ErrorReply notice, CancellationToken cancellationToken)
    {
        var notifier = Array.Find(_notifiers, n => n.Platform == command.Platform);
        if (notifier is null) return false;
        try
        {
            return await notifier.TellAsync(command, route, notice, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One platform failing to take a notice must not cost the others theirs: this one is kept instead.
            logger.LogWarning(exception, "Could not tell {User} on {Platform} that audit row {Id} was interrupted; the notice is kept", command.User, command.Platform, command.Id);
            return false;
        }
    }
}
