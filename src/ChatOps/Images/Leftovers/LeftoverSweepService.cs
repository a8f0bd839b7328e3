using ChatOps.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Images.Leftovers;

/// <summary>
/// Sweeps the image side's leftovers when the host starts (the start waits for it, so a bot that answers has
/// already cleaned up after its last crash) and every Images:LeftoverSweepInterval after.
/// </summary>
internal sealed class LeftoverSweepService(LeftoverSweeper sweeper, IOptions<ImagesOptions> options, TimeProvider clock, ILogger<LeftoverSweepService> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SweepOnceAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LeftoverSweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await SweepOnceAsync(stoppingToken);
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sweeper.SweepAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No engine right now is not fatal: the next sweep tries again, and creates say so themselves.
            logger.LogWarning(exception, "Could not sweep leftover staging tags and containers; trying again in {Interval}", options.Value.LeftoverSweepInterval);
        }
    }
}
