using ChatOps.Parsers.Commands;
using ChatOps.Replies;

namespace ChatOps.RateLimits;

/// <summary>Decides, after the access policy and before routing, whether the sender has used up its share of a limited command.</summary>
internal interface ICommandRateLimits
{
    /// <summary>The refusal, saying when to try again, or null when the command may run now (and is counted).</summary>
    ErrorReply? Refuse(ChatMessage message, ChatCommand command);
}
