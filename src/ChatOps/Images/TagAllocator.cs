using System.Text.RegularExpressions;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Replies;
using ChatOps.Registry;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Hands out immutable tags &lt;Version&gt;.&lt;build number&gt; and applies them. Numbers come from one atomic SQLite
/// upsert, so concurrent creates never share one; a number whose tag already exists in the engine or the registry
/// (made by hand, or by another bot on another database) is skipped; and because Docker's tag operation silently
/// overwrites, the final tag is checked again right before it is applied, under a lock. With several engines a tag
/// exists when any answering engine holds it (an image lives only where it was built until a registry carries it);
/// the tag is applied on the flow's engine (<see cref="CurrentEngine"/>: the build's).
/// </summary>
internal sealed partial class TagAllocator(BuildNumberStore numbers, IImageEngine engine, CurrentEngine current, ImagesOnEngines everywhere, RegistryClient registry, IOptions<ImagesOptions> options)
{
    private const int MaxSkips = 1000;
    private readonly SemaphoreSlim _tagging = new(1, 1);

    public async Task<string> AllocateAsync(string repository, CancellationToken cancellationToken)
    {
        var version = options.Value.Version;
        if (!VersionPattern().IsMatch(version))
            throw new ImageCreateException($"the configured image version '{version}' is not a dotted number such as 1.0.0.",
                remedy: new Remedy("Ask an admin to fix the bot's image version.", "Fix Images:Version."));

        HashSet<string> inRegistry;
        try
        {
            inRegistry = (await registry.ListTagsAsync(repository, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }
        catch (RegistryException exception)
        {
            // Without the registry's tags a number could collide with one there: refuse rather than guess.
            throw new ImageCreateException($"cannot read the tags of {repository} from registry {registry.Host}: {exception.Message}", inner: exception);
        }

        for (var i = 0; i < MaxSkips; i++)
        {
            var tag = $"{version}.{await numbers.NextAsync(repository, cancellationToken)}";
            if (!inRegistry.Contains(tag) && (await everywhere.InspectAsync($"{repository}:{tag}", cancellationToken)).Count == 0) return tag;
        }
        throw new ImageCreateException($"no free build number for {repository} after {MaxSkips} tries.");
    }

    /// <summary>Points repository:tag at the image, unless that tag exists already: tags are never overwritten.</summary>
    public async Task ApplyAsync(string imageId, string repository, string tag, CancellationToken cancellationToken)
    {
        await _tagging.WaitAsync(cancellationToken);
        try
        {
            // Here it must not exist at all; on another engine only the same image may carry it (pulled there from the registry).
            var existing = (await everywhere.InspectAsync($"{repository}:{tag}", cancellationToken))
                .FirstOrDefault(held => held.Engine == current.Engine || held.Image.Id != imageId);
            if (existing is not null)
                throw new ImageCreateException($"{repository}:{tag} appeared while building (image {existing.Image.Id}); it is never overwritten. Run the create again for a new tag.");
            await engine.TagImageAsync(imageId, repository, tag, cancellationToken);
        }
        finally
        {
            _tagging.Release();
        }
    }

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
