namespace ChatOps.Engine;

/// <summary>
/// The read-only part of the engine: GET /images/json. Parts that only look (the content updater) depend on this,
/// not on the whole IImageEngine, so they cannot build, tag or remove by accident.
/// </summary>
public interface IImageLister
{
    Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken);
}
