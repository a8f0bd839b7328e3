namespace ChatOps.ContentUpdates;

/// <summary>Everything one image's new tag changes: one branch and one commit in a git content folder.</summary>
internal sealed record ImageUpdate(string Repository, string NewTag, string Branch, IReadOnlyList<PlannedEdit> Edits)
{
    /// <summary>The commit message: what changed, item by item, like the update pull requests of the seeds.</summary>
    public string CommitMessage(Func<ContentFile, string> pathOf) =>
        $"Update {Repository} to {NewTag}\n\nItems changed:\n" +
        string.Concat(Edits.Select(e => $"- {e.Item.Name} ({pathOf(e.File)} {e.Slot.Key}: {e.CurrentTag} -> {e.NewTag})\n"));
}
