namespace ChatOps.ContentUpdates;

/// <summary>A content folder outside git: updates edit the files in place.</summary>
internal sealed class FolderWorkspace(string folder) : IContentWorkspace
{
    public string Describe(ImageUpdate update) => "in place";

    public async Task<ContentSnapshot> ReadAsync(CancellationToken cancellationToken) =>
        new(await ContentYamlFiles.ReadAsync(folder, ContentYamlFiles.List(folder), cancellationToken), []);

    public async Task<IReadOnlyList<PublishOutcome>> PublishAsync(IReadOnlyList<ImageUpdate> updates, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<ImageUpdate, string>();
        // Every edit of one file at once (two images can share a file), each file checked before it is written.
        var byFile = updates
            .SelectMany(update => update.Edits.Select(edit => (update, edit)))
            .GroupBy(x => x.edit.File.RelativePath, StringComparer.Ordinal);
        foreach (var group in byFile)
        {
            var file = group.First().edit.File;
            try
            {
                var edited = ImageSlotEditor.Apply(file, group.Select(x => x.edit).ToList());
                var path = Path.Combine(folder, file.RelativePath);
                if (!(await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(file.Bytes))
                    throw new IOException($"{file.RelativePath} changed while it was being updated; run again");
                await File.WriteAllBytesAsync(path, edited, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                foreach (var update in group.Select(x => x.update).Distinct())
                    failures[update] = exception.Message;
            }
        }
        return updates
            .Select(update => failures.TryGetValue(update, out var failure)
                ? new PublishOutcome(update, ContentUpdateStatus.Failed, failure)
                : new PublishOutcome(update, ContentUpdateStatus.Changed, "edited in place"))
            .ToList();
    }
}
