using ChatOps.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy.OsPackages;

/// <summary>
/// In a running host: reads again every stored base image index older than Policy:OsPackageIndexRefreshInterval,
/// so new package versions on the mirror are known before a create asks, and forgets the indexes of images the
/// engine no longer has. It wakes every quarter interval (between a minute and an hour), so an index is at
/// most about 1.25 intervals old.
/// </summary>
internal sealed class OsPackageIndexRefresher(
    OsPackageIndex index,
    OsPackageIndexStore store,
    IImageCommandRunner runner,
    TimeProvider time,
    IOptions<PolicyOptions> options,
    ILogger<OsPackageIndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.OsPackageIndexRefreshInterval;
        var period = TimeSpan.FromTicks(Math.Clamp(interval.Ticks / 4, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(1).Ticks));
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshDueAsync(interval, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // No engine or no mirror for a while is not fatal: creates still check against the stored index.
                logger.LogWarning(exception, "Refreshing the stored OS package indexes failed; trying again in {Period}", period);
            }
        }
    }

    private async Task RefreshDueAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        foreach (var (imageId, image, readAt) in await store.ListAsync(cancellationToken))
        {
            if (time.GetUtcNow() - readAt < interval) continue;
            if (await runner.FindImageIdAsync(imageId, cancellationToken) is null)
            {
                await index.ForgetAsync(imageId, cancellationToken);
                continue;
            }
            await index.ReadAgainAsync(imageId, image, readAt, cancellationToken);
            logger.LogInformation("Read the OS package index of {Image} ({ImageId}) again", image, imageId);
        }
    }
}
