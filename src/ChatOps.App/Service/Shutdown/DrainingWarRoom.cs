using ChatOps.Lifecycle;
using System.Runtime.CompilerServices;
using ChatOps.Audit;
using ChatOps.Replies;

namespace ChatOps.App.Service.Shutdown;

/// <summary>
/// The war room as `chatops serve` offers it to the adapters: once the bot is stopping, a new command is answered
/// with the restart notice instead of being started (and that refusal is on record like any other). The adapters
/// count their jobs in <see cref="CommandsInFlight"/> from before they call here until their replies are
/// delivered, so the drain cannot end between the check below and the command's start.
/// </summary>
internal sealed class DrainingWarRoom(IWarRoom inner, CommandsInFlight inFlight, IAuditLog audit, string restartNotice) : IWarRoom
{
    public const string RefusedVerb = "(restarting)";

    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (inFlight.Draining)
        {
            yield return new ErrorReply(restartNotice);
            await RecordRefusalAsync(message);
            yield break;
        }
        await foreach (var reply in inner.HandleAsync(message, cancellationToken)) yield return reply;
    }

    private async Task RecordRefusalAsync(ChatMessage message)
    {
        try
        {
            var receipt = await audit.ReceivedAsync(message, RefusedVerb, CancellationToken.None);
            await audit.CompletedAsync(receipt, "refused: the bot is restarting", CancellationToken.None);
        }
        catch (Exception)
        {
            // The database may already be going away with the process; the user has had the notice.
        }
    }
}
