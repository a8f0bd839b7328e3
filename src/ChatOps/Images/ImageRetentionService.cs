using ChatOps.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// Prunes old tags every Images:PruneInterval (not at start: a restart loop must not become a delete loop).
/// Images:KeepPerName 0 turns it off.
/// </summary>
internal sealed class ImageRetentionService(ImageRetention retention, IOptions<ImagesOptions> options, TimeProvider clock, ILogger<ImageRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (retention.KeepPerName <= 0) return;
        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var outcomes = await retention.PruneAsync(stoppingToken);
                foreach (var kept in outcomes.Where(o => !o.Deleted))
                    logger.LogInformation("Retention kept {Image}: {Reason}", kept.Reference, kept.Reason);
                logger.LogInformation("Retention deleted {Count} old tags, keeping the newest {Keep} of each name", outcomes.Count(o => o.Deleted), retention.KeepPerName);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // No engine right now is not fatal: the next run tries again.
                logger.LogWarning(exception, "Could not prune old image tags; trying again in {Interval}", options.Value.PruneInterval);
            }
        }
    }
}
