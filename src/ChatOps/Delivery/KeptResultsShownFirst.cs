using System.Globalization;
using System.Runtime.CompilerServices;
using ChatOps.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOps.Delivery;

/// <summary>
/// The war room as adapters see it: before the answer to a command, the results kept for that user in that
/// channel (see <see cref="IKeptResults"/>), each under a line saying which command it answers and why it comes
/// now. An earlier error is shown as text, so it does not make this command count as failed.
/// </summary>
public sealed class KeptResultsShownFirst(IWarRoom inner, IKeptResults kept, ILogger<KeptResultsShownFirst> logger) : IWarRoom
{
    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var result in await TakeAsync(message, cancellationToken))
        {
            var when = result.KeptAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
            yield return new TextReply($"Not delivered earlier ({result.Reason}), the result of {result.Line} from {when}:");
            foreach (var reply in result.Replies)
                yield return reply is ErrorReply error ? new TextReply($"It failed: {error.Message}") : reply;
        }
        await foreach (var reply in inner.HandleAsync(message, cancellationToken)) yield return reply;
    }

    private async Task<IReadOnlyList<KeptResult>> TakeAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await kept.TakeAsync(message.Platform, message.User, message.Channel, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The store failing must not cost the command itself; the kept rows stay for a later try.
            logger.LogError(exception, "Kept results for {User} in {Channel} on {Platform} could not be read", message.User, message.Channel, message.Platform);
            return [];
        }
    }
}
