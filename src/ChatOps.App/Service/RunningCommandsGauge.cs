using ChatOps.Lifecycle;
using ChatOps.Telemetry;
using Microsoft.Extensions.Hosting;

namespace ChatOps.App.Service;

/// <summary>Puts the number of running commands on the metrics at start (an observable gauge needs someone to create it).</summary>
internal sealed class RunningCommandsGauge(ChatOpsMetrics metrics, CommandsInFlight inFlight) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.ObserveRunningCommands(() => inFlight.Running);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
