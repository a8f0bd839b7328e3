using ChatOps.Images.Approvals;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>What a successful build made: a recorded image under its final tag, or (Images:RequireApproval) an approval request for its staged one.</summary>
internal sealed record BuildResult(ImageRecord? Image, ApprovalRequest? Approval)
{
    public static BuildResult Tagged(ImageRecord image) => new(image, null);

    public static BuildResult Pending(ApprovalRequest approval) => new(null, approval);
}
