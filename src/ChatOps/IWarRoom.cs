namespace ChatOps;

using ChatOps.Replies;

/// <summary>The one entry point adapters call. Replies stream as they happen; the last one says how it ended.</summary>
public interface IWarRoom
{
    IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, CancellationToken cancellationToken);
}
