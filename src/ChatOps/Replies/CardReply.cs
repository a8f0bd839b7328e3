namespace ChatOps.Replies;

/// <summary>
/// A titled set of facts, e.g. the image card after a build: name:tag, id, size, python, packages. Buttons, when
/// there are any, are the commands the reader may run about it next (an approval request's Approve and Deny).
/// </summary>
public sealed record CardReply(string Title, IReadOnlyList<CardField> Fields) : Reply
{
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];
}
