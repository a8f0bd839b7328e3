using ChatOps.Engine;
using Microsoft.Extensions.Logging;

namespace ChatOps.Execution.Pool;

/// <summary>
/// Removes script containers a previous run of THIS bot instance left behind (a crash, a kill -9): only those
/// labelled with our instance id, never another bot's or another test's on the same engine.
/// </summary>
internal sealed class LeftoverCleaner(IContainerEngine engine, ContainerLabels labels, ILogger<LeftoverCleaner> logger)
{
    public async Task<int> RemoveLeftoversAsync(IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        var leftovers = (await engine.ListAsync(labels.Mine, cancellationToken)).Where(c => !keep.Contains(c.Id)).ToList();
        foreach (var container in leftovers)
        {
            logger.LogInformation("Removing leftover script container {Id} ({Image}, {State})", container.Id[..12], container.Image, container.State);
            await engine.RemoveAsync(container.Id, cancellationToken);
        }
        return leftovers.Count;
    }
}
