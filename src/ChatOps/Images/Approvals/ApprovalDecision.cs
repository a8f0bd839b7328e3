using System.Text.Json.Nodes;
using ChatOps.Replies;

namespace ChatOps.Images.Approvals;

/// <summary>What an approve or deny command answers, and what the audit's "approval" detail says of it.</summary>
/// <param name="Request">The request decided on, when there is one by that id.</param>
internal sealed record ApprovalDecision(IReadOnlyList<Reply> Replies, string Outcome, ApprovalRequest? Request)
{
    public static ApprovalDecision Refused(string message, string outcome, ApprovalRequest request) =>
        new([new ErrorReply(message) { Refusal = true }], outcome, request);

    public static ApprovalDecision Failed(string message, string outcome, ApprovalRequest? request) => new([new ErrorReply(message)], outcome, request);

    public string AuditJson(long id, string decision, string decider) => new JsonObject
    {
        ["id"] = id,
        ["decision"] = decision,
        ["decider"] = decider,
        ["image"] = Request?.Staged.Reference,
        ["requesters"] = Request is null ? null : new JsonArray(Request.Requesters.Select(r => (JsonNode?)r).ToArray()),
        ["outcome"] = Outcome,
    }.ToJsonString();
}
