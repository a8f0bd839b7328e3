using ChatOps.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.App.Service.Readiness;

/// <summary>At least one content script or integration loaded: a bot with an empty content folder runs no `!Name`.</summary>
internal sealed class ContentReadinessCheck(ContentLibrary library) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scripts = library.Scripts.Count;
        var integrations = library.Integrations.Count;
        var errors = library.Errors.Count;
        var loaded = $"{scripts} scripts and {integrations} integrations from {library.Folder}" + (errors > 0 ? $", {errors} files could not be read" : "");
        return Task.FromResult(scripts + integrations > 0
            ? HealthCheckResult.Healthy(loaded)
            : HealthCheckResult.Unhealthy("no content loaded: " + loaded + " (Content:Folder)"));
    }
}
