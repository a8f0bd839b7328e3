namespace ChatOps.Images;

/// <summary>
/// What became of one tag a delete or a prune looked at; Reason says why it was kept (null when deleted), InUse
/// whether content or a container held it (the refusals force=true overrides).
/// </summary>
internal sealed record DeletionOutcome(string Reference, bool Deleted, string? Reason, bool InUse = false)
{
    public static DeletionOutcome Removed(string reference) => new(reference, true, null);

    public static DeletionOutcome Kept(string reference, string reason, bool inUse = false) => new(reference, false, reason, inUse);
}
