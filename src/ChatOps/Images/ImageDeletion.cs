using ChatOps.Content;
using ChatOps.Engine;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// Deletes one tag the bot built, and what the bot recorded about it. Only the bot's own images: a base image or
/// one pulled by hand is not the bot's to remove. Without force, a tag content names or a container uses is kept.
/// With several engines the tag goes from every answering engine that holds it (built there or pulled there), so
/// /docker_images does not list it again from another one.
/// </summary>
internal sealed class ImageDeletion(ImagesOnEngines everywhere, IContainerEngine containers, ContentImageUsers content, ImageMetadataStore metadata, ImageDiligenceStore diligence, BuildRecordStore builds)
{
    public async Task<DeletionOutcome> DeleteAsync(string repository, string tag, bool force, CancellationToken cancellationToken)
    {
        var reference = $"{repository}:{tag}";
        var held = await everywhere.InspectAsync(reference, cancellationToken);
        if (held.Count == 0) return DeletionOutcome.Kept(reference, "the engine has no such image");
        if (held.Any(on => on.Image.Labels.GetValueOrDefault(ManagedLabels.Managed) != "true"))
            return DeletionOutcome.Kept(reference, "the bot did not build it, so it is not the bot's to delete");

        if (!force)
        {
            var users = content.Of(reference);
            if (users.Count > 0) return DeletionOutcome.Kept(reference, $"content uses it: {string.Join(", ", users)}", inUse: true);
            var holders = new List<EngineContainer>();
            foreach (var id in held.Select(on => on.Image.Id).Distinct(StringComparer.Ordinal))
                holders.AddRange(await containers.ListUsingImageAsync(id, cancellationToken));
            if (holders.Count > 0)
                return DeletionOutcome.Kept(reference, holders.Count == 1 ? "1 container uses it" : $"{holders.Count} containers use it", inUse: true);
        }

        foreach (var on in held) await on.Engine.Images.RemoveImageAsync(reference, cancellationToken, force);
        await metadata.DeleteAsync(repository, tag, cancellationToken);
        await diligence.DeleteAsync(repository, tag, cancellationToken);
        await builds.DeleteAsync(reference, cancellationToken);
        return DeletionOutcome.Removed(reference);
    }
}
