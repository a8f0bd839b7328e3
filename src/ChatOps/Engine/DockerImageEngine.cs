using Docker.DotNet.Models;

namespace ChatOps.Engine;

/// <summary>IImageEngine over Docker.DotNet: translation only, no policy.</summary>
internal sealed class DockerImageEngine(DockerClientProvider docker) : IImageEngine
{
    public async Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken)
    {
        IList<ImagesListResponse> images;
        try
        {
            images = await docker.Client.Images.ListImagesAsync(new ImagesListParameters { All = false }, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new EngineUnavailableException(docker.Endpoint, exception);
        }
        return images
            .Select(i => new EngineImage(
                i.ID,
                (IReadOnlyList<string>?)i.RepoTags ?? [],
                new DateTimeOffset(DateTime.SpecifyKind(i.Created, DateTimeKind.Utc)),
                i.Size,
                (IReadOnlyDictionary<string, string>?)i.Labels ?? new Dictionary<string, string>()))
            .ToList();
    }
}
