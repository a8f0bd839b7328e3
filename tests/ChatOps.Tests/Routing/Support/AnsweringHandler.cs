using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Tests.Routing.Support;

/// <summary>Takes every command, records it and answers with one text reply, for tests of what happens before routing.</summary>
internal sealed class AnsweringHandler(string answer = "ran") : ICommandHandler
{
    public List<(ChatCommand Command, ChatMessage Message)> Calls { get; } = [];

    public bool CanHandle(ChatCommand command) => true;

    public async IAsyncEnumerable<Reply> HandleAsync(ChatCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Calls.Add((command, message));
        await Task.Yield();
        yield return new TextReply(answer);
    }
}
