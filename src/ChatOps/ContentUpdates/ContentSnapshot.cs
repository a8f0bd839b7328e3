namespace ChatOps.ContentUpdates;

/// <summary>The YAML files an update works on, and those it cannot (in a git folder: files on disk not committed to HEAD).</summary>
internal sealed record ContentSnapshot(IReadOnlyList<ContentFile> Files, IReadOnlyList<ContentFile> Uncommitted);
