using ChatOps.Options;
using ChatOps.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Engine;

/// <summary>
/// The engine room: every Docker.DotNet call of the bot is behind these interfaces, over the engines of
/// Docker:Engines (<see cref="EngineSet"/>); the container engine places containers on all of them
/// (<see cref="ScheduledContainerEngine"/>); IImageEngine and IOneShotRunner are the flow's current engine's
/// (<see cref="CurrentEngine"/>: a build's engine, chosen by <see cref="BuildPlacement"/>, else the default one),
/// the probe is the default engine's. TryAdd throughout,
/// because both AddWarRoom and AddExecution need it and either may come alone (tests compose them separately),
/// and a test's own fake registered first stays. Relies on the Docker section being bound (AddWarRoom does).
/// </summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddEngineRoom(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DockerOptions>, EngineEndpointsValidation>());
        services.AddOptions<DockerOptions>().ValidateOnStart();
        services.TryAddSingleton<EngineSet>();
        services.TryAddSingleton<CurrentEngine>();
        services.TryAddSingleton<BuildPlacement>();
        services.TryAddSingleton<IImageEngine, CurrentEngineImages>();
        services.TryAddSingleton<IImageLister>(provider => provider.GetRequiredService<IImageEngine>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EngineHealthBoard>();
        services.TryAddSingleton<ImagesOnEngines>();
        services.TryAddSingleton<RegistryImagePuller>();
        services.TryAddSingleton<ScheduledContainerEngine>();
        services.TryAddSingleton<IContainerEngine>(provider => provider.GetRequiredService<ScheduledContainerEngine>());
        services.TryAddSingleton<EngineJobs>();
        services.AddHostedService<EngineHealthMonitor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, ShowEnginesHandler>());
        services.TryAddSingleton<IOneShotRunner, CurrentEngineOneShot>();
        services.TryAddSingleton(provider => provider.GetRequiredService<EngineSet>().Default.Probe);
        return services;
    }
}
