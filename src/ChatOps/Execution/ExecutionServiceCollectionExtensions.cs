using ChatOps.Access;
using ChatOps.Content;
using ChatOps.Execution;
using ChatOps.Execution.Files;
using ChatOps.Execution.Pool;
using ChatOps.Execution.Server;
using ChatOps.Execution.Integrations;
using ChatOps.Integrations;
using ChatOps.Options;
using ChatOps.Policy;
using ChatOps.Storage;
using ChatOps.Telemetry;
using ChatOps.Routing;
using Microsoft.Extensions.Configuration;
using ChatOps.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps;

// In namespace ChatOps (like AddWarRoom) so the composition root needs one line and no using.
/// <summary>Content scripts (!Name) run in warm, hardened containers: content library, pool, runner, handler, help.</summary>
public static class ExecutionServiceCollectionExtensions
{
    /// <remarks>
    /// Goes after AddWarRoom, which binds the Executor, Content, Images and Docker sections (binding a section twice
    /// would append list items such as Images:AllowedOrgs a second time). The configuration is taken for symmetry.
    /// </remarks>
    public static IServiceCollection AddScriptExecution(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddEngineRoom();
        services.TryAddSingleton<ImagePolicy>();
        services.TryAddSingleton<Database>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExecutorOptions>>().Value);
        services.TryAddContentLibrary();
        services.AddSingleton(sp => new LoopScriptArchive(
            ContentRoot.Resolve(sp, sp.GetRequiredService<ExecutorOptions>().LoopScriptPath),
            PreloadFiles.Find(sp.GetRequiredService<ExecutorOptions>(), sp.GetRequiredService<ContentLibrary>().Folder, path => ContentRoot.Resolve(sp, path))));
        services.AddSingleton<ContainerLabels>();
        services.AddSingleton<ContainerSpecFactory>();
        services.AddSingleton<WarmContainerFactory>();
        services.AddSingleton(sp =>
        {
            var pool = ActivatorUtilities.CreateInstance<ContainerPool>(sp);
            sp.GetService<ChatOpsMetrics>()?.ObserveWarmPool(pool.Sizes);
            return pool;
        });
        services.AddSingleton<LeftoverCleaner>();
        services.AddSingleton<ChannelContextStore>();
        services.AddSingleton<ServerListStore>();
        services.AddSingleton<ScriptFileStore>();
        services.AddSingleton<InstanceStateStore>();
        services.AddSingleton(sp => new ServerCommands(
            sp.GetRequiredService<ChannelContextStore>(),
            sp.GetRequiredService<ServerListStore>(),
            sp.GetRequiredService<InstanceStateStore>(),
            "chatops-" + sp.GetRequiredService<ExecutorOptions>().InstanceId));
        services.AddSingleton(sp => new ScriptRunner(
            sp.GetRequiredService<ContainerPool>(),
            sp.GetRequiredService<IContainerEngine>(),
            sp.GetRequiredService<ContentLibrary>(),
            sp.GetRequiredService<ChannelContextStore>(),
            sp.GetRequiredService<ServerCommands>(),
            sp.GetRequiredService<ScriptFileStore>(),
            // Integration commands run scripts' way and scripts may call them: the runner asks for them when a job does.
            () => sp.GetRequiredService<IntegrationCommandRunner>(),
            sp.GetRequiredService<ExecutorOptions>(),
            sp.GetRequiredService<ImagePolicy>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<ChatOps.Audit.IAuditDetails>(),
            sp.GetService<ChatOpsMetrics>(),
            sp.GetService<EngineJobs>()));
        services.AddIntegrationInstances();
        services.AddSingleton(sp => new IntegrationCommandRunner(
            sp.GetRequiredService<ContentLibrary>(),
            sp.GetRequiredService<IntegrationInstanceCatalog>(),
            sp.GetRequiredService<ScriptRunner>(),
            sp.GetRequiredService<IOptions<IntegrationsOptions>>().Value));
        // Replaces the core's parsed-only mapping, whichever of AddWarRoom and this runs first.
        services.Replace(ServiceDescriptor.Singleton<ICommandPermissions, ContentCommandPermissions>());
        services.AddSingleton<ICommandHandler, RunScriptHandler>();
        services.AddSingleton<ICommandHandler, IntegrationTestHandler>();
        services.AddSingleton<IHelpTopicProvider, ScriptHelpProvider>();
        services.AddSingleton<IHelpTopicProvider, ServerCommandHelpProvider>();
        services.AddSingleton<IHelpTopicProvider, IntegrationHelpProvider>();
        services.AddHostedService<ContainerPoolJanitor>();
        return services;
    }

    /// <summary>
    /// The script feature without the war room (the tests and the benchmark): binds the sections AddWarRoom
    /// would bind, then the feature itself. The caller adds logging.
    /// </summary>
    internal static IServiceCollection AddScriptExecutionAlone(this IServiceCollection services, IConfiguration configuration)
    {
        // Runs are recorded in the bot's audit file as with the war room, so a host of scripts alone keeps the same record.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChatOps.Storage.Database>();
        services.TryAddSingleton<ChatOps.Audit.SqliteAuditLog>();
        services.TryAddSingleton<ChatOps.Audit.IAuditDetails>(provider => provider.GetRequiredService<ChatOps.Audit.SqliteAuditLog>());
        return services.AddChatOpsOptions(configuration).AddScriptExecution(configuration);
    }
}
