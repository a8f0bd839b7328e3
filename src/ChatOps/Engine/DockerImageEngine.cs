using Docker.DotNet;
using Docker.DotNet.Models;

namespace ChatOps.Engine;

/// <summary>IImageEngine over Docker.DotNet: translation only, no policy. Containers are DockerContainerEngine's.</summary>
internal sealed class DockerImageEngine(DockerClientProvider docker) : IImageEngine
{
    private const int LogTailLines = 15;

    public async Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken)
    {
        var images = await docker.CallAsync(client => client.Images.ListImagesAsync(new ImagesListParameters { All = false }, cancellationToken));
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
        await docker.CallAsync(client => client.Images.BuildImageFromDockerfileAsync(parameters, request.Context, null, null, log, cancellationToken));
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
            image = await docker.CallAsync(client => client.Images.InspectImageAsync(reference, cancellationToken));
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
        docker.CallAsync(client => client.Images.TagImageAsync(source, new ImageTagParameters { RepositoryName = repository, Tag = tag }, cancellationToken));

    public async Task RemoveImageAsync(string reference, CancellationToken cancellationToken, bool force = false)
    {
        try
        {
            await docker.CallAsync(client => client.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = force }, cancellationToken));
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
            await docker.CallAsync(client => client.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = repository, Tag = tag }, null, log, cancellationToken));
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
            await docker.CallAsync(client => client.Images.PushImageAsync(repository, new ImagePushParameters { Tag = tag }, new AuthConfig(), log, cancellationToken));
        }
        catch (DockerApiException exception)
        {
            throw new EngineOperationException($"push of {repository}:{tag} failed: {exception.ResponseBody?.Trim()}", exception);
        }
        if (log.Error is not null) throw new EngineOperationException($"push of {repository}:{tag} failed: {log.Error}");
    }
}
