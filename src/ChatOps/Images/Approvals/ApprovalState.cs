namespace ChatOps.Images.Approvals;

/// <summary>Where an approval request is, in the words of the image_approvals table's state column.</summary>
internal static class ApprovalState
{
    /// <summary>Waiting for a decision; its staged image is kept.</summary>
    public const string Pending = "pending";

    /// <summary>Approved and being tagged by the instance in the owner column; back to pending if that instance dies.</summary>
    public const string Approving = "approving";

    public const string Approved = "approved";
    public const string Denied = "denied";
    public const string Expired = "expired";

    /// <summary>Approved, but the final tag could not be given (the engine, the registry): the staged image is gone.</summary>
    public const string Failed = "failed";
}
