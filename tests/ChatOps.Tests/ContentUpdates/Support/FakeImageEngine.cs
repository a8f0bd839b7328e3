using ChatOps.Engine;

namespace ChatOps.Tests.ContentUpdates.Support;

/// <summary>An engine holding the given repo:tag names (one image each), or one that does not answer.</summary>
internal sealed class FakeImageEngine(params string[] repoTags) : IImageLister
{
    public bool Unavailable { get; init; }

    public int Calls { get; private set; }

    public Task<IReadOnlyList<EngineImage>> ListImagesAsync(CancellationToken cancellationToken)
    {
        Calls++;
        if (Unavailable)
            throw new EngineUnavailableException("unix:///nowhere.sock", new HttpRequestException("connection refused"));
        IReadOnlyList<EngineImage> images = repoTags
            .Select((repoTag, i) => new EngineImage($"sha256:{i:D64}", [repoTag], DateTimeOffset.UnixEpoch, 1, new Dictionary<string, string>()))
            .ToList();
        return Task.FromResult(images);
    }
}
