using ChatOps.Parsers.Commands;
using ChatOps.Replies;

namespace ChatOps.Routing;

/// <summary>Handles one kind of parsed command. Registered in DI; the war room picks the first that accepts.</summary>
public interface ICommandHandler
{
    bool CanHandle(ChatCommand command);

    IAsyncEnumerable<Reply> HandleAsync(ChatCommand command, ChatMessage message, CancellationToken cancellationToken);
}
