namespace ChatOps.Engine;

/// <summary>The image operations of a Docker engine the war room uses, shaped like the Engine API, not like Docker.DotNet.</summary>
public interface IImageEngine
{
    Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken);
}
