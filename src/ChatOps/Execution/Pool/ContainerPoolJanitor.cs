using ChatOps.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Execution.Pool;

/// <summary>
/// In a running host (serve, repl): removes this instance's leftovers at start, sweeps the pool (idle expiry,
/// health pings) while running, and empties it and removes leftovers at stop.
/// </summary>
internal sealed class ContainerPoolJanitor(
    ContainerPool pool,
    LeftoverCleaner cleaner,
    ExecutorOptions options,
    TimeProvider time,
    ILogger<ContainerPoolJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await cleaner.RemoveLeftoversAsync(pool.LiveIds, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No engine yet is not fatal: scripts will say so when they run.
            logger.LogWarning(exception, "Could not look for leftover script containers");
        }

        var period = TimeSpan.FromTicks(Math.Clamp(Math.Min(options.IdleTimeout.Ticks, options.HealthCheckAfterIdle.Ticks) / 2,
            TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromSeconds(30).Ticks));
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await pool.SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Sweeping the script container pool failed; trying again in {Period}", period);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await pool.DisposeAsync();
        try
        {
            await cleaner.RemoveLeftoversAsync(new HashSet<string>(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not remove script containers at stop");
        }
    }
}
