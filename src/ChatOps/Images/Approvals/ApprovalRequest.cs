namespace ChatOps.Images.Approvals;

/// <summary>
/// One staged image waiting for (or past) its decision. Requesters are the principals of everyone whose create
/// this build was ("slack:U0123"): none of them may approve it. Requester is the first, whom the expiry tells.
/// </summary>
internal sealed record ApprovalRequest(
    long Id,
    string State,
    StagedImage Staged,
    ChatMessage Requester,
    IReadOnlyList<string> Requesters,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    string? DecidedBy);
