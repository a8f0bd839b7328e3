namespace ChatOps.ContentUpdates;

/// <summary>Where content is read from and where updates land: the folder itself, or branches of its git repository.</summary>
internal interface IContentWorkspace
{
    /// <summary>How an update lands, for the report: "in place" or "branch auto-update/...".</summary>
    string Describe(ImageUpdate update);

    Task<ContentSnapshot> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Lands the updates; one outcome per update, in the same order.</summary>
    Task<IReadOnlyList<PublishOutcome>> PublishAsync(IReadOnlyList<ImageUpdate> updates, CancellationToken cancellationToken);
}
