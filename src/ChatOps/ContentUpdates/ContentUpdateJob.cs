using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>
/// The recurring update job of `chatops serve` (registered only when ContentUpdates:Enabled): runs the updater
/// over the content folder when serve starts and then every ContentUpdates:Interval. A failed run is logged and
/// the next one still comes; it never takes serve down.
/// </summary>
internal sealed class ContentUpdateJob(
    IServiceScopeFactory scopes, ContentFolderLocator locator, IOptions<ContentUpdatesOptions> options, TimeProvider time, ILogger<ContentUpdateJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ContentUpdater>().RunAsync(locator.Folder, dryRun: false, stoppingToken);
            logger.LogInformation("Content update of {Folder}: {Summary}", report.Folder, ContentUpdateReportReplies.Summary(report));
            foreach (var entry in report.Entries.Where(e => e.Status == ContentUpdateStatus.Changed))
                logger.LogInformation("{File} {Key}: {Image} {Tag} -> {Newest} ({Detail})", entry.File, entry.Key, entry.Image, entry.CurrentTag, entry.NewestTag, entry.Detail);
            foreach (var entry in report.Entries.Where(e => e.Status == ContentUpdateStatus.Failed))
                logger.LogWarning("{File} {Key}: {Image} not updated: {Detail}", entry.File, entry.Key, entry.Image, entry.Detail);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One bad run (registry down, folder missing) must not end the job or serve; the next tick tries again.
            logger.LogError(exception, "Content update of {Folder} failed", locator.Folder);
        }
    }
}
