using ChatOps.Replies;

namespace ChatOps.Bots.Console.Repl;

/// <summary>
/// The replies of one command, pulled one at a time, with every way a command can end turned into a reply:
/// an exception or a cancellation becomes an ErrorReply and ends the stream, so the REPL always gets to its
/// next prompt. Abandoning (a second Ctrl-C) stops waiting for a command that does not honour its token.
/// </summary>
internal sealed class ReplyStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<Reply> _replies;
    private readonly CancellationToken _cancel;
    private readonly CancellationToken _abandon;
    private bool _ended;
    private bool _abandoned;

    public ReplyStream(IAsyncEnumerable<Reply> replies, CancellationToken cancel, CancellationToken abandon = default)
    {
        _cancel = cancel;
        _abandon = abandon;
        _replies = replies.GetAsyncEnumerator(cancel);
    }

    /// <summary>True once any reply was an ErrorReply: the command failed or was refused.</summary>
    public bool Failed { get; private set; }

    /// <summary>The next reply, or null when the command has ended.</summary>
    public async ValueTask<Reply?> NextAsync()
    {
        if (_ended) return null;
        Reply reply;
        try
        {
            var next = _replies.MoveNextAsync();
            var more = next.IsCompleted ? next.Result : await next.AsTask().WaitAsync(_abandon);
            if (!more) return End(null);
            reply = _replies.Current;
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            _abandoned = true;
            reply = End(new ErrorReply("Stopped waiting for the command; it may still finish in the background."));
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            reply = End(new ErrorReply("The command was cancelled."));
        }
        catch (Exception exception)
        {
            reply = End(new ErrorReply($"The command failed: {exception.Message}"));
        }
        if (ReplyDisplay.ErrorOf(reply) is not null) Failed = true;
        return reply;
    }

    public async ValueTask DisposeAsync()
    {
        // An abandoned enumerator is still running; disposing it now would throw. It ends on its own.
        if (!_abandoned) await _replies.DisposeAsync();
    }

    private Reply End(Reply? last)
    {
        _ended = true;
        return last!;
    }
}
