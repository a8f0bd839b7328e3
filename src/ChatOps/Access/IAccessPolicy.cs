using ChatOps.Parsers.Commands;
using ChatOps.Replies;

namespace ChatOps.Access;

/// <summary>Decides, after parsing and before routing, whether a message's sender may run its command.</summary>
internal interface IAccessPolicy
{
    /// <summary>The refusal to show, or null when the command may run.</summary>
    ErrorReply? Refuse(ChatMessage message, ChatCommand command);

    /// <summary>
    /// Whether the sender is an admin (Access:Admins, or the console's local user while Access:LocalUserIsAdmin):
    /// an admin is told which setting to change, anyone else what they can do. Not "may run everything": without
    /// any Access rule everyone may, but a chat user still cannot change the bot's settings.
    /// </summary>
    bool IsAdmin(ChatMessage message);
}
