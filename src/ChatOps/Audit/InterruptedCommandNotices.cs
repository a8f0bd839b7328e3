using ChatOps.Delivery;
using ChatOps.Replies;

namespace ChatOps.Audit;

/// <summary>
/// Tells each user whose command a crash cut short what became of it: a notice kept for them, shown first at their
/// next command in that channel (the kept-results store every platform reads). Creates are left out: the build
/// journal resumes them and tells their requesters itself, so a second, contradicting notice would be wrong.
/// </summary>
internal static class InterruptedCommandNotices
{
    private const string JournaledVerb = "/docker_image_create";

    public static async Task KeepAsync(IKeptResults kept, IEnumerable<InterruptedCommand> commands, CancellationToken cancellationToken)
    {
        foreach (var command in commands.Where(c => c.Verb != JournaledVerb))
        {
            var asked = new ChatMessage(command.Platform, command.User, command.Channel, command.Text);
            var notice = new ErrorReply($"{command.Verb} did not finish: the bot stopped while it ran (received {command.At}). " +
                                        "Whatever it had not answered is lost; run it again if you still need it.");
            await kept.KeepAsync(asked, [notice], "the bot restarted", cancellationToken);
        }
    }
}
