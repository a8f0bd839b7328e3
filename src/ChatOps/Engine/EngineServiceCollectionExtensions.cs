using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Engine;

/// <summary>
/// The engine room: every Docker.DotNet call of the bot is behind these interfaces. TryAdd throughout, because
/// both AddWarRoom and AddExecution need it and either may come alone (tests compose them separately).
/// Relies on the Docker section being bound (AddWarRoom does).
/// </summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddEngineRoom(this IServiceCollection services)
    {
        services.TryAddSingleton<DockerClientProvider>();
        services.TryAddSingleton<IImageEngine, DockerImageEngine>();
        services.TryAddSingleton<IImageLister>(provider => provider.GetRequiredService<IImageEngine>());
        services.TryAddSingleton<IContainerEngine, DockerContainerEngine>();
        services.TryAddSingleton<IOneShotRunner, DockerOneShotRunner>();
        services.TryAddSingleton<IEngineProbe, DockerEngineProbe>();
        return services;
    }
}
