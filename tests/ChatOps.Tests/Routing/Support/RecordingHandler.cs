using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Tests.Routing.Support;

/// <summary>Takes help commands, records what it was given and yields the replies it was told to, then optionally throws.</summary>
internal sealed class RecordingHandler(IReadOnlyList<Reply> replies, Exception? failAfter = null) : CommandHandler<HelpCommand>
{
    public List<(HelpCommand Command, ChatMessage Message)> Calls { get; } = [];

    protected override async IAsyncEnumerable<Reply> HandleAsync(HelpCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Calls.Add((command, message));
        foreach (var reply in replies)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return reply;
        }
        if (failAfter is not null) throw failAfter;
    }
}
