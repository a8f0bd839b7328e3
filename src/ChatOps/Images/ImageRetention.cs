using ChatOps.Engine;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// The retention rule: of each image name the bot built, the newest Images:KeepPerName version tags stay; older
/// ones are deleted unless content names them or a container uses them (those are reported as kept, with why).
/// Tags that are not versions (not 1.0.0.N) are never pruned: nothing says which of them is old. Only images
/// that carry every Images:Labels entry are this bot's to prune, so two bots (or tests) sharing an engine
/// never prune each other's tags. The versions are counted over every engine (a build may have run on any), and a
/// deletion removes the tag from every engine that holds it.
/// </summary>
internal sealed class ImageRetention(ImagesOnEngines everywhere, ImageDeletion deletion, IOptions<ImagesOptions> options)
{
    public int KeepPerName => options.Value.KeepPerName;

    /// <summary>Applies the rule once; returns what became of every tag past the newest KeepPerName (none when KeepPerName is 0).</summary>
    public async Task<IReadOnlyList<DeletionOutcome>> PruneAsync(CancellationToken cancellationToken)
    {
        if (KeepPerName <= 0) return [];
        var allowedPrefixes = options.Value.AllowedOrgs.Select(org => org + "/").ToArray();
        var images = (await everywhere.ListAsync(cancellationToken)).Select(held => held.Image);
        var candidates = images
            .Where(image => image.Labels.TryGetValue(ManagedLabels.Managed, out var managed) && managed == "true")
            .Where(image => options.Value.Labels.All(label => image.Labels.TryGetValue(label.Key, out var value) && value == label.Value))
            .SelectMany(image => image.RepoTags)
            .Select(repoTag => (Repository: repoTag[..repoTag.LastIndexOf(':')], Tag: repoTag[(repoTag.LastIndexOf(':') + 1)..]))
            .Where(x => allowedPrefixes.Any(prefix => x.Repository.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(x => (x.Repository, Version: TagVersion.TryParse(x.Tag, out var version) ? version : null))
            .Where(x => x.Version is not null)
            .GroupBy(x => x.Repository, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .SelectMany(group => group.OrderByDescending(x => x.Version).Skip(KeepPerName))
            .ToList();

        var outcomes = new List<DeletionOutcome>(candidates.Count);
        foreach (var (repository, version) in candidates)
            outcomes.Add(await deletion.DeleteAsync(repository, version!.Tag, force: false, cancellationToken));
        return outcomes;
    }
}
