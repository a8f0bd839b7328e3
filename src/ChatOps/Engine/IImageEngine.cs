namespace ChatOps.Engine;

/// <summary>The image operations of a Docker engine the war room uses, shaped like the Engine API, not like Docker.DotNet.</summary>
/// <remarks>Failures: <see cref="EngineOperationException"/> (the engine said no), <see cref="EngineUnavailableException"/> (it did not answer).</remarks>
public interface IImageEngine : IImageLister
{
    /// <summary>POST /build: builds the tarred context into <see cref="EngineBuildRequest.Tag"/>; returns the image id.</summary>
    /// <exception cref="EngineBuildException">The build failed; carries the failing step and the last log lines.</exception>
    Task<string> BuildImageAsync(EngineBuildRequest request, IProgress<EngineBuildProgress> progress, CancellationToken cancellationToken);

    /// <summary>GET /images/{name}/json, or null when the engine has no such image.</summary>
    Task<EngineImageDetails?> InspectImageAsync(string reference, CancellationToken cancellationToken);

    /// <summary>POST /images/{name}/tag. Docker overwrites an existing tag: callers guard against that.</summary>
    Task TagImageAsync(string source, string repository, string tag, CancellationToken cancellationToken);

    /// <summary>DELETE /images/{name}: untags, and deletes the image when it was the last reference. Missing is not an error.</summary>
    /// <param name="force">Untag even while containers use the image (the engine keeps the image for them).</param>
    Task RemoveImageAsync(string reference, CancellationToken cancellationToken, bool force = false);

    /// <summary>POST /images/create?fromImage=&amp;tag=: pulls one tag.</summary>
    Task PullImageAsync(string repository, string tag, CancellationToken cancellationToken);

    /// <summary>POST /images/{name}/push for one tag.</summary>
    Task PushImageAsync(string repository, string tag, CancellationToken cancellationToken);
}
