using ChatOps.Parsers.Commands;
using ChatOps.Replies;

namespace ChatOps.Routing;

/// <summary>Typed base so each handler sees its own command record, never a cast.</summary>
public abstract class CommandHandler<TCommand> : ICommandHandler where TCommand : ChatCommand
{
    public bool CanHandle(ChatCommand command) => command is TCommand;

    public IAsyncEnumerable<Reply> HandleAsync(ChatCommand command, ChatMessage message, CancellationToken cancellationToken) =>
        HandleAsync((TCommand)command, message, cancellationToken);

    protected abstract IAsyncEnumerable<Reply> HandleAsync(TCommand command, ChatMessage message, CancellationToken cancellationToken);
}
