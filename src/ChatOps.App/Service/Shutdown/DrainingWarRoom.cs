using System.Runtime.CompilerServices;
using ChatOps.Audit;
using ChatOps.Replies;

namespace ChatOps.App.Service.Shutdown;

/// <summary>
/// The war room as `chatops serve` offers it to the adapters: every command is counted while it runs, and once
/// the bot is stopping a new one is answered with the restart notice instead of being started (and that refusal
/// is on record like any other).
/// </summary>
internal sealed class DrainingWarRoom(IWarRoom inner, CommandsInFlight inFlight, IAuditLog audit, string restartNotice) : IWarRoom
{
    public const string RefusedVerb = "(restarting)";

    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!inFlight.TryEnter())
        {
            yield return new ErrorReply(restartNotice);
            await RecordRefusalAsync(message);
            yield break;
        }
        try
        {
            await foreach (var reply in inner.HandleAsync(message, cancellationToken)) yield return reply;
        }
        finally
        {
            inFlight.Exit();
        }
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
