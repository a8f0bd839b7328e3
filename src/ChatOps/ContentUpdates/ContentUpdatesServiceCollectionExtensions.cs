using ChatOps.Options;
using ChatOps.Registry;
using ChatOps.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>The content updater: CLI verb service, /content_update_images, and (when enabled) the recurring job.</summary>
public static class ContentUpdatesServiceCollectionExtensions
{
    /// <remarks>Relies on AddWarRoom for the Images and Content options and the engine.</remarks>
    public static IServiceCollection AddContentUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ContentUpdatesOptions.Section);
        services.AddOptions<ContentUpdatesOptions>()
            .Bind(section)
            .Validate(o => !o.Enabled || o.Interval > TimeSpan.Zero, "ContentUpdates:Interval must be a positive duration such as 1.00:00:00 (one day)")
            .Validate(o => o.RegistryTimeout > TimeSpan.Zero, "ContentUpdates:RegistryTimeout must be a positive duration such as 00:00:30")
            .ValidateOnStart();

        services.AddRegistryClient();
        services.AddSingleton<GitRunner>();
        services.AddTransient<ContentWorkspaceFactory>();
        services.AddTransient<NewestTagFinder>();
        services.AddTransient<ContentUpdater>();
        services.AddSingleton(provider => new ContentFolderLocator(
            provider.GetRequiredService<IOptions<ContentOptions>>(),
            provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory()));
        services.AddSingleton<ICommandHandler, ContentUpdateHandler>();

        if (section.GetValue<bool>(nameof(ContentUpdatesOptions.Enabled)))
            services.AddHostedService<ContentUpdateJob>();
        return services;
    }
}
