namespace ChatOps.Engine;

/// <summary>
/// The container operations of a Docker engine, shaped like the Engine API (create, put archive, attach, start,
/// kill, inspect, remove, list), not like Docker.DotNet, so another engine or a test fake can stand in. The script
/// runner's warm containers use all of it; the image side lists and removes its leftovers through it.
/// </summary>
public interface IContainerEngine
{
    /// <summary>Creates a container and returns its id. Throws <see cref="EngineOperationException"/> when the image is missing or the engine refuses.</summary>
    Task<string> CreateAsync(ContainerSpec spec, CancellationToken cancellationToken);

    /// <summary>Extracts a tar archive into a folder of the container (PUT /containers/{id}/archive).</summary>
    Task PutArchiveAsync(string id, string folder, Stream tar, CancellationToken cancellationToken);

    /// <summary>Attaches to stdin, stdout and stderr (not a TTY: output frames say which stream they are).</summary>
    Task<IAttachedStream> AttachAsync(string id, CancellationToken cancellationToken);

    Task StartAsync(string id, CancellationToken cancellationToken);

    /// <summary>SIGKILL; a container that is not running any more is not an error.</summary>
    Task KillAsync(string id, CancellationToken cancellationToken);

    /// <summary>How the container is (or ended): null when it no longer exists.</summary>
    Task<ContainerState?> InspectAsync(string id, CancellationToken cancellationToken);

    /// <summary>Force-removes the container with its anonymous volumes; a missing container is not an error.</summary>
    Task RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Containers (running or not) carrying every one of these labels.</summary>
    Task<IReadOnlyList<EngineContainer>> ListAsync(IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken);

    /// <summary>Containers (running or not) made from this image or one built on it (filters=ancestor).</summary>
    Task<IReadOnlyList<EngineContainer>> ListUsingImageAsync(string imageId, CancellationToken cancellationToken);
}
