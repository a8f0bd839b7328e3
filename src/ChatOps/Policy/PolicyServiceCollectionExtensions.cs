using ChatOps.Images;
using ChatOps.Policy.OsPackages;
using ChatOps.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Registers package due diligence (section "Policy") and the ImagePolicy other features check images with.
/// Relies on AddWarRoom for ImagesOptions and the engine room.
/// </summary>
public static class PolicyServiceCollectionExtensions
{
    public static IServiceCollection AddPackageVetting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.Section))
            .Validate(o => o.OsPackageIndexRefreshInterval > TimeSpan.Zero, "Policy:OsPackageIndexRefreshInterval must be a positive duration such as 1.00:00:00 (one day)")
            .Validate(o => o.OsPackageIndexMissRefreshAfter >= TimeSpan.Zero, "Policy:OsPackageIndexMissRefreshAfter must be a duration such as 00:10:00 (zero: read again on every miss)");

        services.TryAddSingleton<ImagePolicy>();
        // Loaded on the first vetting, not when the war room is composed: reading and indexing the popular names
        // took 0.2 s of every one-shot `chatops exec`, most of which never vet a package.
        services.AddSingleton(_ => new Lazy<TypoSquatDetector>(() => new TypoSquatDetector(PopularPackages.LoadEmbedded(), SupersededPackages.LoadEmbedded())));
        services.AddSingleton<LicenseClassifier>();
        services.TryAddSingleton<ImageLabelSet>(); // vetting containers carry the shared labels too
        services.AddSingleton<IImageCommandRunner, EngineImageCommandRunner>();
        services.TryAddSingleton<Database>();
        services.TryAddSingleton<OsPackageIndexStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OsPackageIndexReader>();
        services.AddSingleton<OsPackageIndex>();
        services.AddHostedService<OsPackageIndexRefresher>();

        // Typed clients kept by a singleton: connections are recycled by the handler's pooled lifetime instead of by
        // the factory, the documented way to keep DNS changes visible to a long-lived typed client.
        services.AddHttpClient<PackageIndexClient>(ConfigureTimeout).UseSocketsHandlerWithPooledLifetime();
        services.AddHttpClient<AdvisoryClient>(ConfigureTimeout).UseSocketsHandlerWithPooledLifetime();
        services.AddSingleton<IPackageVetting, PackageVetting>();
        return services;
    }

    private static void ConfigureTimeout(IServiceProvider provider, HttpClient client) =>
        client.Timeout = provider.GetRequiredService<IOptions<PolicyOptions>>().Value.RequestTimeout;

    private static IHttpClientBuilder UseSocketsHandlerWithPooledLifetime(this IHttpClientBuilder builder) =>
        builder
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
