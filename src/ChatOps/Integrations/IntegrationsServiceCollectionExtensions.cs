using ChatOps.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Integrations;

/// <summary>The integration instances: resolved from Integrations:Instances, the content and the secret sources.</summary>
public static class IntegrationsServiceCollectionExtensions
{
    /// <remarks>
    /// Relies on AddChatOpsOptions (via AddWarRoom) for the Integrations section and on AddScriptExecution for the
    /// ContentLibrary.
    /// </remarks>
    public static IServiceCollection AddIntegrationInstances(this IServiceCollection services)
    {
        services.TryAddSingleton<IFileStatusReader, LinuxFileStatusReader>();
        services.AddSingleton(provider => new IntegrationInstanceCatalog(
            provider.GetRequiredService<IOptions<IntegrationsOptions>>().Value,
            provider.GetRequiredService<ContentLibrary>(),
            provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
            Environment.GetEnvironmentVariable,
            provider.GetRequiredService<IFileStatusReader>(),
            provider.GetService<ILogger<IntegrationInstanceCatalog>>()));
        services.AddHostedService<IntegrationInstancesAtStart>();
        return services;
    }
}
