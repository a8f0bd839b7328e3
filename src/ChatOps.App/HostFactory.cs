using Microsoft.Extensions.Hosting;

namespace ChatOps.App;

/// <summary>Builds the non-web host for repl, exec and the maintenance verbs: appsettings.json, then environment overrides.</summary>
internal static class HostFactory
{
    public static IHost Build(string home)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = home,
            // No file watchers on appsettings.json: options are read once, and a one-shot `chatops exec` should not
            // pay for setting watches up.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        // Logs go to stderr (one line each) so stdout stays the replies alone (exec --json is parsed by machines).
        builder.Logging.AddCliLogging(builder.Configuration);
        builder.Services.AddChatOps(builder.Configuration);
        return builder.Build();
    }
}
