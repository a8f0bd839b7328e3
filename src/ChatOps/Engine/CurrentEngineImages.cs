namespace ChatOps.Engine;

/// <summary>IImageEngine of the flow's current engine (<see cref="CurrentEngine"/>): a build's own, else the default one.</summary>
internal sealed class CurrentEngineImages(CurrentEngine current) : IImageEngine
{
    private IImageEngine Images => current.Engine.Images;

    public Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken) => Images.ListImagesAsync(cancellationToken);

    public Task<string> BuildImageAsync(EngineBuildRequest request, IProgress<EngineBuildProgress> progress, CancellationToken cancellationToken) =>
        Images.BuildImageAsync(request, progress, cancellationToken);

    public Task<EngineImageDetails?> InspectImageAsync(string reference, CancellationToken cancellationToken) => Images.InspectImageAsync(reference, cancellationToken);

    public Task TagImageAsync(string source, string repository, string tag, CancellationToken cancellationToken) =>
        Images.TagImageAsync(source, repository, tag, cancellationToken);

    public Task RemoveImageAsync(string reference, CancellationToken cancellationToken, bool force = false) => Images.RemoveImageAsync(reference, cancellationToken, force);

    public Task PullImageAsync(string repository, string tag, CancellationToken cancellationToken) => Images.PullImageAsync(repository, tag, cancellationToken);

    public Task PushImageAsync(string repository, string tag, CancellationToken cancellationToken) => Images.PushImageAsync(repository, tag, cancellationToken);
}
