using ChatOps.ContentUpdates;
using ChatOps.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.App;

/// <summary>Everything every host (repl, exec, serve) registers: the table of contents of the features.</summary>
internal static class ChatOpsServices
{
    public static IServiceCollection AddChatOps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWarRoom(configuration);
        services.AddContentUpdates(configuration);
        services.AddPackageVetting(configuration);
        services.AddImageBuilding(configuration);
        services.AddScriptExecution(configuration);
        return services;
    }
}
