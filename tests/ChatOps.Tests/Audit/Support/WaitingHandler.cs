using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Tests.Audit.Support;

/// <summary>Takes help commands, says it started, then waits until the test lets it go (or throws what it is given).</summary>
internal sealed class WaitingHandler : CommandHandler<HelpCommand>
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async IAsyncEnumerable<Reply> HandleAsync(HelpCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Release.Task.WaitAsync(cancellationToken);
        yield return new TextReply("done");
    }
}
