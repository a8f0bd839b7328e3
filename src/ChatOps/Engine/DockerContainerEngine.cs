using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Engine;

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
            var created = await docker.CallAsync(client => client.Containers.CreateContainerAsync(parameters, cancellationToken));
            return created.ID;
        }
        catch (DockerImageNotFoundException exception)
        {
            throw new EngineOperationException($"The image {spec.Image} is not in the engine. Build it with /docker_image_create or pull it first.", exception);
        }
        catch (DockerApiException exception)
        {
            throw new EngineOperationException($"The engine refused to create a container of {spec.Image}: {exception.ResponseBody}", exception);
        }
    }

    public Task PutArchiveAsync(string id, string folder, Stream tar, CancellationToken cancellationToken) =>
        docker.CallAsync(client => client.Containers.ExtractArchiveToContainerAsync(
            id, new ContainerPathStatParameters { Path = folder, AllowOverwriteDirWithFile = false }, tar, cancellationToken));

    public async Task<IAttachedStream> AttachAsync(string id, CancellationToken cancellationToken)
    {
        var stream = await docker.CallAsync(client => client.Containers.AttachContainerAsync(
            id, tty: false, new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true }, cancellationToken));
        return new DockerAttachedStream(stream);
    }

    public async Task StartAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await docker.CallAsync(client => client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken));
        }
        catch (DockerApiException exception)
        {
            throw new EngineOperationException($"The engine could not start the script container: {exception.ResponseBody}", exception);
        }
    }

    public async Task KillAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await docker.CallAsync(client => client.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "KILL" }, cancellationToken));
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
            var inspected = await docker.CallAsync(client => client.Containers.InspectContainerAsync(id, cancellationToken));
            DateTimeOffset? finished = DateTimeOffset.TryParse(inspected.State.FinishedAt, out var at) && at.Year > 1 ? at : null;
            return new ContainerState(inspected.State.Running, inspected.State.ExitCode, inspected.State.OOMKilled, finished);
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
            await docker.CallAsync(client => client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken));
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (DockerApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // Removal already in progress (the pool and the janitor may race): the engine finishes it.
        }
    }

    public Task<IReadOnlyList<EngineContainer>> ListAsync(IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) =>
        ListAsync("label", labels.Select(l => ManagedLabels.Filter(l.Key, l.Value)), cancellationToken);

    public Task<IReadOnlyList<EngineContainer>> ListUsingImageAsync(string imageId, CancellationToken cancellationToken) =>
        ListAsync("ancestor", [imageId], cancellationToken);

    private async Task<IReadOnlyList<EngineContainer>> ListAsync(string filter, IEnumerable<string> values, CancellationToken cancellationToken)
    {
        // Values of one filter must all match (labels) or name the one image (ancestor).
        var filters = new Dictionary<string, IDictionary<string, bool>> { [filter] = values.ToDictionary(v => v, _ => true) };
        var containers = await docker.CallAsync(client => client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = filters }, cancellationToken));
        return containers
            .Select(c => new EngineContainer(
                c.ID,
                c.Image,
                c.State,
                new DateTimeOffset(DateTime.SpecifyKind(c.Created, DateTimeKind.Utc)),
                (IReadOnlyDictionary<string, string>?)c.Labels ?? new Dictionary<string, string>()))
            .ToList();
    }
}
