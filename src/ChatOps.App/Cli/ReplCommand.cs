using ChatOps.Bots.Console;
using ChatOps.Bots.Console.Repl;
using ChatOps.Options;
using ChatOps.Routing;
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
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var docker = services.GetRequiredService<IOptions<DockerOptions>>().Value;
        var images = services.GetRequiredService<IOptions<ImagesOptions>>().Value;

        var settings = new ReplSettings(
            Welcome: $"ChatOps war room. Engine {docker.Endpoint}, default base image {images.DefaultBase}. Type help for the commands, Tab to complete, exit or Ctrl-D to leave.",
            Prompt: console.Prompt,
            HistoryPath: string.IsNullOrWhiteSpace(console.HistoryFile) ? null : Path.GetFullPath(Path.Combine(storage.Folder, console.HistoryFile)),
            HistorySize: Math.Max(1, console.HistorySize),
            User: Environment.UserName);
        return ConsoleRepl.RunAsync(services.GetRequiredService<IWarRoom>(), services.GetServices<IHelpTopicProvider>(), settings);
    }
}
