using ChatOps.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.App.Service.Readiness;

/// <summary>Every platform connection the bot keeps open (Socket Mode, the gateway) is up; none configured is ready too.</summary>
internal sealed class PlatformConnectionsReadinessCheck(PlatformConnections connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = connections.Snapshot();
        var down = states.Where(pair => !pair.Value.Up).Select(pair => $"{pair.Key}: {pair.Value.Detail}").ToList();
        if (down.Count > 0) return Task.FromResult(HealthCheckResult.Unhealthy(string.Join("; ", down)));
        return Task.FromResult(HealthCheckResult.Healthy(states.Count == 0
            ? "no long-lived connection configured (HTTP endpoints only)"
            : string.Join(", ", states.Keys) + " up"));
    }
}
