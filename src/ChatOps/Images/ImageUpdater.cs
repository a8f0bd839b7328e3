using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Brings an image up to the newest version tag its registry holds. Tags are compared as versions (build number
/// last); "latest" and non-numeric tags never count. One image's failure is its own row, never the others' end.
/// </summary>
internal sealed class ImageUpdater(IImageEngine engine, RegistryClient registry, ImagePublisher publisher, ImageMetadataStore metadata, IOptions<ImagesOptions> options)
{
    public bool RegistryConfigured => registry.Configured;

    public async Task<ImageUpdate> UpdateAsync(string repository, CancellationToken cancellationToken)
    {
        var local = await LocalNewestAsync(repository, cancellationToken);
        try
        {
            var remote = TagVersion.Newest(await registry.ListTagsAsync(repository, cancellationToken));
            if (remote is null) return new ImageUpdate(repository, local?.Tag, null, $"no version tags in registry {registry.Host}");
            if (local is not null && local.CompareTo(remote) >= 0) return new ImageUpdate(repository, local.Tag, local.Tag, "already current");
            await publisher.PullAsync(repository, remote.Tag, cancellationToken);
            return new ImageUpdate(repository, local?.Tag, remote.Tag, "updated");
        }
        catch (Exception failure) when (failure is HttpRequestException or EngineOperationException or ImageCreateException
                                        || (failure is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ImageUpdate(repository, local?.Tag, null, "failed: " + failure.Message);
        }
    }

    /// <summary>Every repository the bot knows: the ones it recorded building, and the managed ones the engine holds.</summary>
    public async Task<IReadOnlyList<string>> KnownRepositoriesAsync(CancellationToken cancellationToken)
    {
        var recorded = (await metadata.ListAsync(cancellationToken)).Select(r => r.Repository);
        var allowed = options.Value.AllowedOrgs.Select(org => org + "/").ToArray();
        var inEngine = (await engine.ListImagesAsync(cancellationToken))
            .Where(i => i.Labels.ContainsKey(BuildLabels.Managed))
            .SelectMany(i => i.RepoTags)
            .Select(RepositoryOf)
            .Where(r => allowed.Any(prefix => r.StartsWith(prefix, StringComparison.Ordinal)));
        return recorded.Concat(inEngine).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<TagVersion?> LocalNewestAsync(string repository, CancellationToken cancellationToken) =>
        TagVersion.Newest((await engine.ListImagesAsync(cancellationToken))
            .SelectMany(i => i.RepoTags)
            .Where(repoTag => RepositoryOf(repoTag) == repository)
            .Select(repoTag => repoTag[(repoTag.LastIndexOf(':') + 1)..]));

    private static string RepositoryOf(string repoTag) => repoTag[..repoTag.LastIndexOf(':')];
}
