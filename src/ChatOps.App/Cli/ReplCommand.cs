using ChatOps.Bots.Console;
using ChatOps.Bots.Console.Repl;
using ChatOps.Options;
using ChatOps.Routing;
using ChatOps.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.App.Cli;

/// <summary>`chatops [repl]`: the war-room console (plain line-by-line when piped). History in the storage folder.</summary>
internal static class ReplCommand
{
    public static Task<int> RunAsync(IHost host)
    {
        var services = host.Services;
        var console = services.GetRequiredService<IConfiguration>().GetSection(ConsoleOptions.Section).Get<ConsoleOptions>() ?? new ConsoleOptions();
        // Next to chatops.db, however the storage folder is resolved there.
        var storage = Path.GetDirectoryName(services.GetRequiredService<Database>().FilePath)!;
        var docker = services.GetRequiredService<IOptions<DockerOptions>>().Value;
        var images = services.GetRequiredService<IOptions<ImagesOptions>>().Value;

        var settings = new ReplSettings(
            Welcome: $"ChatOps war room · engine {docker.Endpoint} · default base image {images.DefaultBase}\n"
                + "Type help for the commands. Tab completes, Up/Down recall earlier lines, Ctrl-C cancels a running command, exit or Ctrl-D leaves.",
            Prompt: console.Prompt,
            HistoryPath: string.IsNullOrWhiteSpace(console.HistoryFile) ? null : Path.Combine(storage, console.HistoryFile),
            HistorySize: Math.Max(1, console.HistorySize),
            User: Environment.UserName);
        return ConsoleRepl.RunAsync(services.GetRequiredService<IWarRoom>(), services.GetServices<IHelpTopicProvider>(), settings);
    }
}
