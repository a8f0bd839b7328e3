using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// Stands in for the war room (its parser is still being written): records every ChatMessage and answers with
/// what the test scripted for it. The adapter must not care what is behind IWarRoom.
/// </summary>
internal sealed class FakeWarRoom(Func<ChatMessage, CancellationToken, IAsyncEnumerable<Reply>> answer) : IWarRoom
{
    private readonly ConcurrentQueue<ChatMessage> _messages = new();
    private readonly TaskCompletionSource<ChatMessage> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<ChatMessage> Messages => _messages;

    public Task<ChatMessage> FirstMessage => _first.Task;

    public static FakeWarRoom Answering(params Reply[] replies) => new((_, ct) => Yield(replies, ct));

    public IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        _first.TrySetResult(message);
        return answer(message, cancellationToken);
    }

    public static async IAsyncEnumerable<Reply> Yield(IEnumerable<Reply> replies, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return reply;
        }
    }
}
