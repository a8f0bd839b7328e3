using Microsoft.Extensions.Hosting;

namespace ChatOps.Integrations;

/// <summary>
/// Resolves the instances when the host starts, so a misconfigured instance is logged then, not at the first
/// command that needs it. It never fails the start: a bad instance only makes that instance unusable.
/// </summary>
internal sealed class IntegrationInstancesAtStart(IntegrationInstanceCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = catalog.Instances;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
