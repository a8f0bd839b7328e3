using ChatOps.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// Pings every engine each Docker:HealthCheckInterval, so a silent engine leaves the rotation within seconds
/// even while no job goes to it, and one that answers again comes back. With a single engine there is no rotation
/// to keep, and it does nothing.
/// </summary>
internal sealed class EngineHealthMonitor(EngineSet engines, EngineHealthBoard board, IOptions<DockerOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (engines.All.Count < 2) return;
        using var timer = new PeriodicTimer(options.Value.HealthCheckInterval, clock);
        do
        {
            // A ping that hangs is as silent as one refused; the interval bounds how long we wait for it.
            await Task.WhenAll(engines.All.Select(engine => board.CheckAsync(engine, options.Value.HealthCheckInterval, stoppingToken)));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
