using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.App;

/// <summary>Builds the non-web host for repl, exec and the maintenance verbs: appsettings.json, then environment overrides.</summary>
internal static class HostFactory
{
    public static IHost Build(string home)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = home,
            Args = [],
        });
        // Logs go to stderr so stdout stays the replies alone (exec --json is parsed by machines).
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddChatOps(builder.Configuration);
        return builder.Build();
    }
}
