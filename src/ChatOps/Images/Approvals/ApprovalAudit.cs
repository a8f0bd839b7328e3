using ChatOps.Access;
using ChatOps.Audit;

namespace ChatOps.Images.Approvals;

/// <summary>The "approval" detail on the audit chain beside the approve or deny command: which request, who, and how it ended.</summary>
internal static class ApprovalAudit
{
    public static Task RecordAsync(IAuditDetails? audit, ChatMessage message, long id, string decision, ApprovalDecision outcome) =>
        audit?.DetailAsync(message, "approval", outcome.AuditJson(id, decision, Principals.Of(message, localUser: "").User), CancellationToken.None)
        ?? Task.CompletedTask;
}
