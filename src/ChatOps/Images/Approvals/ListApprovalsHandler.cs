using System.Runtime.CompilerServices;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Images.Approvals;

/// <summary>
/// /docker_image_approvals: what waits for an approver, wherever it was asked, each request as its card with
/// Approve and Deny, so an approver need not have been in the channel of the create.
/// </summary>
internal sealed class ListApprovalsHandler(ImageApprovals approvals) : CommandHandler<ListApprovalsCommand>
{
    protected override async IAsyncEnumerable<Reply> HandleAsync(ListApprovalsCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = await approvals.PendingAsync(cancellationToken);
        if (pending.Count == 0) yield return new TextReply("No approval request is waiting.");
        foreach (var request in pending) yield return ApprovalCard.Of(request);
    }
}
