using System.Runtime.CompilerServices;
using ChatOps.Replies;

namespace ChatOps.Tests.Cli.Support;

/// <summary>A war room that answers every line with the same replies.</summary>
internal sealed class AnsweringWarRoom(params Reply[] replies) : IWarRoom
{
    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await Task.Yield();
            yield return reply;
        }
    }
}
