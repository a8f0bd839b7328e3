using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Engine;

/// <summary>IImageEngine over Docker.DotNet: translation only, no policy.</summary>
internal sealed class DockerImageEngine(DockerClientProvider docker) : IImageEngine
{
    private const int LogTailLines = 15;

    public async Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken)
    {
        var images = await CallAsync(() => docker.Client.Images.ListImagesAsync(new ImagesListParameters { All = false }, cancellationToken));
        return images
            .Select(i => new EngineImage(
                i.ID,
                (IReadOnlyList<string>?)i.RepoTags ?? [],
                new DateTimeOffset(DateTime.SpecifyKind(i.Created, DateTimeKind.Utc)),
                i.Size,
                (IReadOnlyDictionary<string, string>?)i.Labels ?? new Dictionary<string, string>()))
            .ToList();
    }

    public async Task<string> BuildImageAsync(EngineBuildRequest request, IProgress<EngineBuildProgress> progress, CancellationToken cancellationToken)
    {
        var parameters = new ImageBuildParameters
        {
            Tags = [request.Tag],
            NetworkMode = request.NetworkMode,
            NoCache = request.NoCache,
            Remove = true,
            ForceRemove = true, // intermediate containers go even when a step fails
        };
        var log = new EngineMessageLog(progress);
        await CallAsync(() => docker.Client.Images.BuildImageFromDockerfileAsync(parameters, request.Context, null, null, log, cancellationToken));
        log.Complete();
        if (log.Error is not null) throw new EngineBuildException(log.Error, log.CurrentStep, log.Tail(LogTailLines));

        var built = await InspectImageAsync(request.Tag, cancellationToken)
            ?? throw new EngineBuildException("the engine reported no error but holds no image " + request.Tag, log.CurrentStep, log.Tail(LogTailLines));
        return built.Id;
    }

    public async Task<EngineImageDetails?> InspectImageAsync(string reference, CancellationToken cancellationToken)
    {
        ImageInspectResponse image;
        try
        {
            image = await CallAsync(() => docker.Client.Images.InspectImageAsync(reference, cancellationToken));
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }
        return new EngineImageDetails(
            image.ID,
            (IReadOnlyList<string>?)image.RepoTags ?? [],
            new DateTimeOffset(DateTime.SpecifyKind(image.Created, DateTimeKind.Utc)),
            image.Size,
            (IReadOnlyDictionary<string, string>?)image.Config?.Labels ?? new Dictionary<string, string>(),
            (IReadOnlyList<string>?)image.Config?.Env ?? [],
            (IReadOnlyList<string>?)image.RootFS?.Layers ?? []);
    }

    public Task TagImageAsync(string source, string repository, string tag, CancellationToken cancellationToken) =>
        CallAsync(() => docker.Client.Images.TagImageAsync(source, new ImageTagParameters { RepositoryName = repository, Tag = tag }, cancellationToken));

    public async Task RemoveImageAsync(string reference, CancellationToken cancellationToken, bool force = false)
    {
        try
        {
            await CallAsync(() => docker.Client.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = force }, cancellationToken));
        }
        catch (DockerImageNotFoundException)
        {
            // Already gone is what the caller wanted.
        }
    }

    public async Task PullImageAsync(string repository, string tag, CancellationToken cancellationToken)
    {
        var log = new EngineMessageLog(null);
        try
        {
            await CallAsync(() => docker.Client.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = repository, Tag = tag }, null, log, cancellationToken));
        }
        catch (DockerApiException exception)
        {
            throw new EngineOperationException($"pull of {repository}:{tag} failed: {exception.ResponseBody?.Trim()}", exception);
        }
        if (log.Error is not null) throw new EngineOperationException($"pull of {repository}:{tag} failed: {log.Error}");
    }

    public async Task PushImageAsync(string repository, string tag, CancellationToken cancellationToken)
    {
        var log = new EngineMessageLog(null);
        try
        {
            await CallAsync(() => docker.Client.Images.PushImageAsync(repository, new ImagePushParameters { Tag = tag }, new AuthConfig(), log, cancellationToken));
        }
        catch (DockerApiException exception)
        {
            throw new EngineOperationException($"push of {repository}:{tag} failed: {exception.ResponseBody?.Trim()}", exception);
        }
        if (log.Error is not null) throw new EngineOperationException($"push of {repository}:{tag} failed: {log.Error}");
    }

    public async Task<EngineRunResult> RunAsync(EngineRunRequest request, CancellationToken cancellationToken)
    {
        var created = await CallAsync(() => docker.Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = request.Image,
            Cmd = request.Command.ToList(),
            Entrypoint = request.Entrypoint is null ? null : [request.Entrypoint],
            Labels = request.Labels.ToDictionary(),
            NetworkDisabled = !request.Network,
            HostConfig = new HostConfig { NetworkMode = request.Network ? "host" : "none" },
        }, cancellationToken));
        try
        {
            await CallAsync(() => docker.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken));
            var exit = await CallAsync(() => docker.Client.Containers.WaitContainerAsync(created.ID, cancellationToken));
            using var logs = await CallAsync(() => docker.Client.Containers.GetContainerLogsAsync(created.ID, false, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, cancellationToken));
            var (stdout, stderr) = await logs.ReadOutputToEndAsync(cancellationToken);
            return new EngineRunResult(exit.StatusCode, stdout, stderr);
        }
        finally
        {
            // Not the caller's token: a cancelled check still leaves no container behind.
            await docker.Client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }

    public Task<IReadOnlyList<EngineContainer>> ListContainersAsync(string labelFilter, CancellationToken cancellationToken) =>
        ListContainersAsync("label", labelFilter, cancellationToken);

    public Task<IReadOnlyList<EngineContainer>> ListContainersUsingAsync(string imageId, CancellationToken cancellationToken) =>
        ListContainersAsync("ancestor", imageId, cancellationToken);

    private async Task<IReadOnlyList<EngineContainer>> ListContainersAsync(string filter, string value, CancellationToken cancellationToken)
    {
        var listed = await CallAsync(() => docker.Client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { [filter] = new Dictionary<string, bool> { [value] = true } },
        }, cancellationToken));
        var containers = new List<EngineContainer>(listed.Count);
        foreach (var container in listed)
        {
            DateTimeOffset? finished = null;
            if (container.State is not ("running" or "created" or "restarting"))
            {
                // Only the inspect says when it stopped; a container gone meanwhile is simply not listed.
                try
                {
                    var inspected = await CallAsync(() => docker.Client.Containers.InspectContainerAsync(container.ID, cancellationToken));
                    if (DateTimeOffset.TryParse(inspected.State?.FinishedAt, out var at) && at.Year > 1) finished = at;
                }
                catch (DockerContainerNotFoundException)
                {
                    continue;
                }
            }
            containers.Add(new EngineContainer(
                container.ID,
                container.State,
                new DateTimeOffset(DateTime.SpecifyKind(container.Created, DateTimeKind.Utc)),
                finished,
                (IReadOnlyDictionary<string, string>?)container.Labels ?? new Dictionary<string, string>()));
        }
        return containers;
    }

    public async Task RemoveContainerAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(() => docker.Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true }, cancellationToken));
        }
        catch (DockerContainerNotFoundException)
        {
            // Already gone is what the caller wanted.
        }
    }

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        // IOException: the engine died mid-stream (a build or pull cut off), which is the same as not answering.
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException or IOException)
        {
            throw new EngineUnavailableException(docker.Endpoint, exception);
        }
    }

    private Task CallAsync(Func<Task> call) => CallAsync(async () => { await call(); return true; });
}
