using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Registry;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Brings an image up to the newest version tag its registry holds. Tags are compared as versions (build number
/// last); "latest" and non-numeric tags never count. One image's failure is its own row, never the others' end.
/// A pulled image is looked into like a built one, so /docker_images knows what is inside it too.
/// </summary>
internal sealed class ImageUpdater(
    IImageEngine engine,
    RegistryClient registry,
    ImagePublisher publisher,
    ImageVerifier verifier,
    ImageMetadataStore metadata,
    IOptions<ImagesOptions> options)
{
    public bool RegistryConfigured => registry.IsConfigured;

    public async Task<ImageUpdate> UpdateAsync(string repository, CancellationToken cancellationToken)
    {
        var local = await LocalNewestAsync(repository, cancellationToken);
        try
        {
            var remote = TagVersion.Newest(await registry.ListTagsAsync(repository, cancellationToken));
            if (remote is null) return new ImageUpdate(repository, local?.Tag, null, $"no version tags in registry {registry.Host}");
            if (local is not null && local.CompareTo(remote) >= 0) return new ImageUpdate(repository, local.Tag, local.Tag, "already current");
            var imageId = await publisher.PullAsync(repository, remote.Tag, cancellationToken);
            await RecordAsync(repository, remote.Tag, imageId, cancellationToken);
            return new ImageUpdate(repository, local?.Tag, remote.Tag, "updated");
        }
        catch (Exception failure) when (failure is RegistryException or EngineOperationException or ImageCreateException)
        {
            return new ImageUpdate(repository, local?.Tag, null, "failed: " + failure.Message);
        }
    }

    private async Task RecordAsync(string repository, string tag, string imageId, CancellationToken cancellationToken)
    {
        var image = await engine.InspectImageAsync(imageId, cancellationToken)
            ?? throw new EngineOperationException($"{repository}:{tag} was pulled but the engine does not hold it");
        // The bot's own images say what was asked for; anything else is only read, not checked against a request.
        var spec = image.Labels.GetValueOrDefault(ManagedLabels.Spec);
        var requested = ImageSpecRequest.TryParse(spec) ?? new ImageSpecRequest([], [], "");
        var found = await verifier.VerifyAsync(imageId, requested.Dependencies.Select(PythonRequirementName).ToList(), requested.Packages, answerFromBuild: null, cancellationToken);
        await metadata.SaveAsync(new ImageRecord(
            repository, tag, image.Id, requested.Base, spec is not null && ImageSpecRequest.TryParse(spec) is not null ? spec : """{"dependencies":[],"packages":[]}""", found.PythonVersion,
            found.Distributions, found.OsPackages, image.Size, image.Created, TimeSpan.Zero), cancellationToken);
    }

    private static string PythonRequirementName(string requirement) =>
        new(requirement.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-').ToArray());

    /// <summary>Every repository the bot knows: the ones it recorded building, and the managed ones the engine holds.</summary>
    public async Task<IReadOnlyList<string>> KnownRepositoriesAsync(CancellationToken cancellationToken)
    {
        var recorded = (await metadata.ListAsync(cancellationToken)).Select(r => r.Repository);
        var allowed = options.Value.AllowedOrgs.Select(org => org + "/").ToArray();
        var inEngine = (await engine.ListImagesAsync(cancellationToken))
            .Where(i => i.Labels.ContainsKey(ManagedLabels.Managed))
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
