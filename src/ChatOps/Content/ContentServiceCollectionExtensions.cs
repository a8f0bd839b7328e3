using ChatOps.Content;
using ChatOps.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps;

/// <summary>
/// The one content library, for whichever feature asks first: scripts run from it, and the image commands ask it
/// which items name a tag (so neither feature needs the other to be registered).
/// </summary>
internal static class ContentServiceCollectionExtensions
{
    public static IServiceCollection TryAddContentLibrary(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentLibrary(
                ContentRoot.Resolve(sp, content.Folder),
                sp.GetRequiredService<ILogger<ContentLibrary>>(),
                python2Available: !string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<ExecutorOptions>>().Value.DefaultPython2Image),
                content.RescanInterval,
                sp.GetRequiredService<TimeProvider>(),
                // Read on first use, not when the host is built: `chatops exec /docker_images` never needs it.
                scanNow: false);
        });
        services.TryAddSingleton<ContentImageUsers>();
        return services;
    }
}
