using ChatOps.Engine;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatOps.App.Service.Readiness;

/// <summary>The Docker engine answers a ping at the configured endpoint: scripts and builds need it.</summary>
internal sealed class EngineReadinessCheck(IEngineProbe engine, IOptions<ServiceOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ReadinessCheckTimeout);
        try
        {
            await engine.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy($"engine at {engine.Endpoint} answers");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"no Docker engine answers at {engine.Endpoint}: {exception.GetBaseException().Message}");
        }
    }
}
