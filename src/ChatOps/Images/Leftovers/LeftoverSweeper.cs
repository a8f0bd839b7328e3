using ChatOps.Engine;
using ChatOps.Images.Approvals;
using ChatOps.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Images.Leftovers;

/// <summary>
/// Removes what the image side leaves behind when the bot or the engine dies mid-create: staging tags, and
/// stopped build-step, check and vetting containers, all found by the shared labels (<see cref="ManagedLabels"/>).
/// Script containers are their pool's business. A leftover must have stopped (or been staged) at least
/// Images:LeftoverAge ago: a second bot on the same engine holds a staging tag or a stopped container only for
/// moments, and must not lose it to this sweep. The one staging tag that is meant to last, a pending approval
/// request's, is kept while the request is pending and in time (one that expired unnoticed is swept). Builds run on
/// any engine of Docker:Engines, so staging tags are swept on each one that answers.
/// </summary>
internal sealed class LeftoverSweeper(EngineSet engines, IContainerEngine containerEngine, ApprovalStore approvals,
    IOptions<ImagesOptions> options, TimeProvider clock, ILogger<LeftoverSweeper> logger)
{
    public async Task<LeftoverSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.LeftoverAge;
        var tags = 0;
        var held = await approvals.HeldStagingAsync(clock.GetUtcNow(), cancellationToken);
        foreach (var each in engines.All)
        {
            try
            {
                tags += await SweepStagingAsync(each.Images, cutoff, held, cancellationToken);
            }
            catch (EngineUnavailableException silent) when (engines.All.Count > 1)
            {
                // Its leftovers wait for a sweep when it answers again; the other engines' go now.
                logger.LogInformation("Leftover staging tags on engine {Engine} not swept: {Reason}", each.Name, silent.Message);
            }
        }

        var containers = 0;
        var managed = new Dictionary<string, string> { [ManagedLabels.Managed] = "true" };
        foreach (var container in await containerEngine.ListAsync(managed, cancellationToken))
        {
            if (container.Labels.GetValueOrDefault(ManagedLabels.Role) == ManagedLabels.ScriptRunner) continue;
            if (container.State is "running" or "restarting" or "paused" or "removing") continue;
            // Only the inspect says when it stopped; a container gone meanwhile is no leftover any more.
            var finished = container.State == "created" ? null : await containerEngine.InspectAsync(container.Id, cancellationToken);
            if (container.State != "created" && finished is null) continue;
            if ((finished?.Finished ?? container.Created) > cutoff) continue;
            logger.LogInformation("Removing leftover {Role} container {Id} ({State})",
                container.Labels.GetValueOrDefault(ManagedLabels.Role, "image-build"), container.Id[..Math.Min(12, container.Id.Length)], container.State);
            await containerEngine.RemoveAsync(container.Id, cancellationToken);
            containers++;
        }
        if (tags + containers > 0) logger.LogWarning("Removed {Tags} leftover staging tags and {Containers} leftover containers", tags, containers);
        return new LeftoverSweep(tags, containers);
    }

    /// <summary>The engine's staging tags older than the cutoff and held by no pending approval request.</summary>
    private async Task<int> SweepStagingAsync(IImageEngine engine, DateTimeOffset cutoff, IReadOnlySet<string> held, CancellationToken cancellationToken)
    {
        var tags = 0;
        var prefix = options.Value.StagingRepository + "/";
        foreach (var image in await engine.ListImagesAsync(cancellationToken))
        {
            if (!image.Labels.ContainsKey(ManagedLabels.Managed) || image.Created > cutoff) continue;
            foreach (var staging in image.RepoTags.Where(t => t.StartsWith(prefix, StringComparison.Ordinal) && !held.Contains(t)))
            {
                logger.LogInformation("Removing leftover staging tag {Tag} (built {Created:u})", staging, image.Created);
                await engine.RemoveImageAsync(staging, cancellationToken);
                tags++;
            }
        }
        return tags;
    }
}
