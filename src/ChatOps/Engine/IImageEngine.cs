namespace ChatOps.Engine;

/// <summary>The image operations of a Docker engine the war room uses, shaped like the Engine API, not like Docker.DotNet.</summary>
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

    /// <summary>GET /containers/json?all=1 filtered by one label (key=value), with when each stopped.</summary>
    Task<IReadOnlyList<EngineContainer>> ListContainersAsync(string labelFilter, CancellationToken cancellationToken);

    /// <summary>GET /containers/json?all=1&amp;filters=ancestor: the containers, running or stopped, made from this image or one built on it.</summary>
    Task<IReadOnlyList<EngineContainer>> ListContainersUsingAsync(string imageId, CancellationToken cancellationToken);

    /// <summary>DELETE /containers/{id}?force=1. Missing is not an error.</summary>
    Task RemoveContainerAsync(string id, CancellationToken cancellationToken);

    /// <summary>Create, start, wait, read logs and remove a short-lived container (no network unless asked).</summary>
    Task<EngineRunResult> RunAsync(EngineRunRequest request, CancellationToken cancellationToken);
}
