using System.Runtime.CompilerServices;
using ChatOps.Audit;
using ChatOps.Parsers.Commands;
using ChatOps.Replies;
using ChatOps.Routing;

namespace ChatOps.Images.Approvals;

/// <summary>
/// /docker_image_approve id=12 and /docker_image_deny id=12, typed or pressed (Slack's and Discord's Approve and
/// Deny buttons, which the adapters turn into these lines). Each decision is on the audit chain as an "approval" detail.
/// </summary>
internal sealed class ApprovalCommandHandler(ImageApprovals approvals, IAuditDetails? audit = null) : ICommandHandler
{
    public bool CanHandle(ChatCommand command) => command is ApproveImageCommand or DenyImageCommand;

    public async IAsyncEnumerable<Reply> HandleAsync(ChatCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (id, decision) = command switch
        {
            // Tagging is quick and a push reports its own end: the decision's answer follows at once, without progress.
            ApproveImageCommand approve => (approve.Id, await approvals.ApproveAsync(approve.Id, message, new InlineProgress<Reply>(_ => { }), cancellationToken)),
            DenyImageCommand deny => (deny.Id, await approvals.DenyAsync(deny.Id, message, cancellationToken)),
            _ => throw new ArgumentException($"{command.Verb} is not an approval command", nameof(command)),
        };
        await ApprovalAudit.RecordAsync(audit, message, id, command is ApproveImageCommand ? "approve" : "deny", decision);
        foreach (var reply in decision.Replies) yield return reply;
    }
}
