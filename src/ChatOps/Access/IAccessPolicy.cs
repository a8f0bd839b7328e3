using ChatOps.Parsers.Commands;
using ChatOps.Replies;

namespace ChatOps.Access;

/// <summary>Decides, after parsing and before routing, whether a message's sender may run its command.</summary>
internal interface IAccessPolicy
{
    /// <summary>The refusal to show, or null when the command may run.</summary>
    ErrorReply? Refuse(ChatMessage message, ChatCommand command);
}
