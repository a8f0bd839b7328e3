using System.Net;
using ChatOps.Engine;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Execution.Engine;

/// <summary>IContainerEngine over Docker.DotNet: translation only, the hardening comes in with the spec.</summary>
internal sealed class DockerContainerEngine(DockerClientProvider docker) : IContainerEngine
{
    public async Task<string> CreateAsync(ContainerSpec spec, CancellationToken cancellationToken)
    {
        var parameters = new CreateContainerParameters
        {
            Image = spec.Image,
            Cmd = spec.Command.ToList(),
            Labels = spec.Labels.ToDictionary(),
            User = spec.User,
            Env = spec.Environment.ToList(),
            WorkingDir = "/tmp",
            AttachStdin = true,
            AttachStdout = true,
            AttachStderr = true,
            OpenStdin = true,
            StdinOnce = false,
            Tty = false,
            NetworkDisabled = spec.NetworkMode == "none",
            HostConfig = new HostConfig
            {
                NetworkMode = spec.NetworkMode,
                ReadonlyRootfs = spec.ReadOnlyRootFilesystem,
                Tmpfs = spec.Tmpfs.ToDictionary(),
                CapDrop = spec.DropAllCapabilities ? ["ALL"] : [],
                SecurityOpt = spec.NoNewPrivileges ? ["no-new-privileges"] : [],
                PidsLimit = spec.PidsLimit,
                Memory = spec.MemoryBytes,
                MemorySwap = spec.MemoryBytes,
                NanoCPUs = spec.NanoCpus,
                // Everything a script writes is read over the attach stream; the engine's default json-file log would
                // also write each line to the host's disk (a job's results, an integration's answers) and cost the
                // engine CPU on every line of every job.
                LogConfig = new LogConfig { Type = "none" },
                // The loop script is copied in (put archive) to this anonymous volume: a read-only root filesystem
                // accepts no archive, and a volume is no host path. It goes away with the container.
                Mounts =
                [
                    new Mount
                    {
                        Type = "volume",
                        Target = spec.ScratchVolumePath,
                        VolumeOptions = new VolumeOptions { Labels = spec.Labels.ToDictionary() },
                    },
                ],
            },
        };
        try
        {
            var created = await docker.Client.Containers.CreateContainerAsync(parameters, cancellationToken);
            return created.ID;
        }
        catch (DockerImageNotFoundException exception)
        {
            throw new ContainerEngineException($"The image {spec.Image} is not in the engine. Build it with /docker_image_create or pull it first.", exception);
        }
        catch (DockerApiException exception)
        {
            throw new ContainerEngineException($"The engine refused to create a container of {spec.Image}: {exception.ResponseBody}", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            var unavailable = new EngineUnavailableException(docker.Endpoint, exception);
            throw new ContainerEngineException(unavailable.Message, unavailable);
        }
    }

    public Task PutArchiveAsync(string id, string folder, Stream tar, CancellationToken cancellationToken) =>
        docker.Client.Containers.ExtractArchiveToContainerAsync(id, new ContainerPathStatParameters { Path = folder, AllowOverwriteDirWithFile = false }, tar, cancellationToken);

    public async Task<IAttachedStream> AttachAsync(string id, CancellationToken cancellationToken)
    {
        var stream = await docker.Client.Containers.AttachContainerAsync(
            id, tty: false, new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true }, cancellationToken);
        return new DockerAttachedStream(stream);
    }

    public async Task StartAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
        }
        catch (DockerApiException exception)
        {
            throw new ContainerEngineException($"The engine could not start the script container: {exception.ResponseBody}", exception);
        }
    }

    public async Task KillAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Client.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" }, cancellationToken);
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (DockerApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // Not running any more: what we wanted.
        }
    }

    public async Task<ContainerState?> InspectAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var inspected = await docker.Client.Containers.InspectContainerAsync(id, cancellationToken);
            return new ContainerState(inspected.State.Running, inspected.State.ExitCode, inspected.State.OOMKilled);
        }
        catch (DockerContainerNotFoundException)
        {
            return null;
        }
    }

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken);
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (DockerApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // Removal already in progress (the pool and the janitor may race): the engine finishes it.
        }
    }

    public async Task<IReadOnlyList<EngineContainer>> ListAsync(IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>
        {
            ["label"] = labels.ToDictionary(l => $"{l.Key}={l.Value}", _ => true),
        };
        var containers = await docker.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = filters }, cancellationToken);
        return containers
            .Select(c => new EngineContainer(c.ID, c.Image, c.State, (IReadOnlyDictionary<string, string>?)c.Labels ?? new Dictionary<string, string>()))
            .ToList();
    }
}
