using ChatOps.Access;
using ChatOps.Audit;
using ChatOps.Delivery;
using ChatOps.Engine;
using ChatOps.Help;
using ChatOps.Images;
using ChatOps.Integrations;
using ChatOps.Lifecycle;
using ChatOps.Options;
using ChatOps.RateLimits;
using ChatOps.Routing;
using ChatOps.Storage;
using ChatOps.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps;

/// <summary>The war room and its core services, bound from appsettings.json sections named after their options classes.</summary>
public static class WarRoomServiceCollectionExtensions
{
    /// <summary>
    /// Binds the core options sections once. Features that run without the war room (tests, benchmarks) call this
    /// instead of binding sections themselves, so defaults such as Images:AllowedOrgs are filled in the same way.
    /// </summary>
    public static IServiceCollection AddChatOpsOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DockerOptions>(configuration.GetSection(DockerOptions.Section));
        services.Configure<ImagesOptions>(configuration.GetSection(ImagesOptions.Section));
        services.PostConfigure<ImagesOptions>(images =>
        {
            if (images.AllowedOrgs.Count == 0) images.AllowedOrgs.Add(ImagesOptions.DefaultAllowedOrg);
            images.AllowedOrgs = images.AllowedOrgs.Distinct(StringComparer.Ordinal).ToList();
        });
        services.Configure<ExecutorOptions>(configuration.GetSection(ExecutorOptions.Section));
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));
        services.Configure<RateLimitsOptions>(configuration.GetSection(RateLimitsOptions.Section));
        // Instruments every feature records on; a host without metrics (tests) still gets a working IMeterFactory.
        services.AddMetrics();
        services.TryAddSingleton<ChatOpsMetrics>();
        services.TryAddSingleton<PlatformConnections>();
        services.TryAddSingleton<CommandsInFlight>();
        var integrations = configuration.GetSection(IntegrationsOptions.Section);
        services.Configure<IntegrationsOptions>(integrations);
        services.PostConfigure<IntegrationsOptions>(options => StructuredParams.Read(options, integrations));
        return services;
    }

    public static IServiceCollection AddWarRoom(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChatOpsOptions(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Database>();
        services.TryAddSingleton<FollowUpRoutes>();
        services.TryAddSingleton<InterruptedCommandNotices>();
        services.TryAddSingleton<SqliteAuditLog>();
        services.AddSingleton<IAuditLog>(provider => new ObservedAuditLog(provider.GetRequiredService<SqliteAuditLog>(),
            provider.GetRequiredService<ChatOpsMetrics>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(ObservedAuditLog.Category)));
        services.AddSingleton<IInterruptedCommands>(provider => provider.GetRequiredService<SqliteAuditLog>());
        services.AddSingleton<IRejectedRequests>(provider => provider.GetRequiredService<SqliteAuditLog>());
        services.TryAddSingleton<IAuditDetails>(provider => provider.GetRequiredService<SqliteAuditLog>());
        services.AddSingleton<AuditChain>();
        services.AddSingleton<AuditSearch>();
        services.AddHostedService<InterruptedCommandsAtStart>();
        services.AddEngineRoom();
        services.TryAddSingleton<ICommandPermissions, CommandPermissions>();
        services.AddSingleton<IAccessPolicy>(sp => new AccessPolicy(
            sp.GetRequiredService<IOptions<AccessOptions>>(), sp.GetRequiredService<ICommandPermissions>(), Environment.UserName));
        services.AddHostedService<AccessAtStart>();
        services.AddSingleton<ICommandRateLimits, CommandRateLimits>();
        services.AddSingleton<WarRoom>();
        // Results a platform did not take come first at the requester's next command (see Delivery/).
        services.AddDelivery(configuration);
        services.AddSingleton<IWarRoom>(sp => ActivatorUtilities.CreateInstance<KeptResultsShownFirst>(sp, sp.GetRequiredService<WarRoom>()));

        services.AddSingleton<ICommandHandler, HelpHandler>();
        services.AddSingleton<ICommandHandler, ListImagesHandler>();
        services.AddSingleton<ICommandHandler, ShowAuditHandler>();
        return services;
    }
}
