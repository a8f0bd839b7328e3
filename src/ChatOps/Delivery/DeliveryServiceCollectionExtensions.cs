using ChatOps.Options;
using ChatOps.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Delivery;

/// <summary>What the chat adapters need to deliver results: the "Delivery" section and the kept-results store.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>Safe to call from every adapter and from AddWarRoom: the services are added once.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IKeptResults))) return services;
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.Section))
            .Validate(o => o.MaxRetries >= 0 && o.FirstRetryDelay >= TimeSpan.Zero && o.MaxRetryAfter >= TimeSpan.Zero,
                "Delivery:MaxRetries, FirstRetryDelay and MaxRetryAfter must not be negative.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.TotalTimeout >= o.AttemptTimeout,
                "Delivery:AttemptTimeout must be more than 0 and TotalTimeout at least as long.")
            .ValidateOnStart();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Database>();
        services.AddSingleton<IKeptResults, SqliteKeptResults>();
        return services;
    }
}
