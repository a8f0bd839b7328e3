using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Registry;
using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>
/// The newest version tag of each repository, over the configured registry and the local engine (read only).
/// Engine images count under their bare name and under the registry's name for them (registry/name:tag).
/// "latest" and other tags that are not versions never count.
/// </summary>
internal sealed class NewestTagFinder(IImageLister engine, RegistryClient registry, IOptions<ContentUpdatesOptions> options)
{
    public async Task<IReadOnlyDictionary<string, TagLookup>> FindAsync(IReadOnlyCollection<string> repositories, CancellationToken cancellationToken)
    {
        var lookups = new Dictionary<string, TagLookup>(StringComparer.Ordinal);
        if (repositories.Count == 0) return lookups;

        ILookup<string, string>? engineTags = null;
        string? engineError = null;
        try
        {
            engineTags = await EngineTagsAsync(cancellationToken);
        }
        catch (EngineUnavailableException exception)
        {
            engineError = exception.Message;
        }

        foreach (var repository in repositories)
        {
            if (engineError is not null)
            {
                lookups[repository] = new TagLookup(repository, null, engineError);
                continue;
            }
            var tags = engineTags![repository].ToList();
            if (registry.IsConfigured)
            {
                try
                {
                    tags.AddRange(await registry.ListTagsAsync(repository, cancellationToken, options.Value.RegistryTimeout));
                }
                catch (RegistryException exception)
                {
                    lookups[repository] = new TagLookup(repository, null, exception.Message);
                    continue;
                }
            }
            var newest = tags
                .Select(tag => TagVersion.TryParse(tag, out var version) ? version : null)
                .OfType<TagVersion>()
                .Max();
            lookups[repository] = new TagLookup(repository, newest, null);
        }
        return lookups;
    }

    private async Task<ILookup<string, string>> EngineTagsAsync(CancellationToken cancellationToken)
    {
        var registryPrefix = registry.IsConfigured ? registry.Host + "/" : null;
        var images = await engine.ListImagesAsync(cancellationToken);
        return images
            .SelectMany(image => image.RepoTags)
            .Select(repoTag => DockerImageName.TryParse(repoTag, out var name) ? name : null)
            .OfType<DockerImageName>()
            .Where(name => name.Tag is not null)
            .Select(name => registryPrefix is not null && name.Repository.StartsWith(registryPrefix, StringComparison.Ordinal)
                ? name with { Repository = name.Repository[registryPrefix.Length..] }
                : name)
            .ToLookup(name => name.Repository, name => name.Tag!, StringComparer.Ordinal);
    }
}
