namespace ChatOps.ContentUpdates;

/// <summary>The outcome of one run over a content folder: one entry per image value, in file order.</summary>
/// <param name="Git">True when updates land as branches of the folder's git repository.</param>
internal sealed record ContentUpdateReport(string Folder, bool DryRun, bool Git, IReadOnlyList<ContentUpdateEntry> Entries)
{
    public bool HasFailures => Entries.Any(e => e.Status == ContentUpdateStatus.Failed);

    public int Count(ContentUpdateStatus status) => Entries.Count(e => e.Status == status);
}
