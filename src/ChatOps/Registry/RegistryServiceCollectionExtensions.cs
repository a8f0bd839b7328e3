using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Registry;

/// <summary>The one registry client; image building and the content updater both use it, so both may register it.</summary>
public static class RegistryServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryClient(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(RegistryClient))) return services;
        // Kept by singletons: connections are recycled by the handler's pooled lifetime instead of by the factory.
        // The client times each request itself (Images:RegistryTimeout, or the caller's), so HttpClient's is off.
        services.AddHttpClient<RegistryClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }
}
