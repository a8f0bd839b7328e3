using ChatOps.Lifecycle;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.App.Service.Readiness;

/// <summary>Not ready once SIGTERM arrived: a load balancer stops sending commands to a bot that answers them with the restart notice.</summary>
internal sealed class AcceptingCommandsReadinessCheck(CommandsInFlight inFlight) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(inFlight.Draining
            ? HealthCheckResult.Unhealthy($"stopping: new commands get the restart notice while {inFlight.Running} running command(s) finish")
            : HealthCheckResult.Healthy($"taking commands ({inFlight.Running} running)"));
}
