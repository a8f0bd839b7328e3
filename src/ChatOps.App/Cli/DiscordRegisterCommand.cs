using ChatOps.Bots.Discord;
using ChatOps.Bots.Discord.Registration;
using ChatOps.Bots.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops discord register [--guild ID] [--force]`: one bulk-overwrite PUT of the slash commands, globally or
/// for one guild (instant, for testing), skipped when the definitions did not change since the last one.
/// </summary>
internal static class DiscordRegisterCommand
{
    public const string Usage = "usage: chatops discord register [--guild ID] [--force]";

    public static async Task<int> RunAsync(string home, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!TryReadArguments(args, out var guild, out var force, out var problem))
        {
            await Console.Error.WriteLineAsync("chatops discord: " + problem);
            await Console.Error.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        // Only what registration needs: no war room, no gateway.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = home, Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddDiscordCommandRegistration(builder.Configuration);
        using var host = builder.Build();

        try
        {
            var result = await host.Services.GetRequiredService<IDiscordCommandRegistrar>().RegisterAsync(guild, force, cancellationToken);
            Console.Out.WriteLine(result);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or DiscordApiException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync("chatops discord register: " + exception.Message);
            return ExitCodes.CommandFailed;
        }
    }

    private static bool TryReadArguments(IReadOnlyList<string> args, out string? guild, out bool force, out string problem)
    {
        guild = null;
        force = false;
        problem = "";
        if (args.Count == 0 || args[0] != "register")
        {
            problem = args.Count == 0 ? "no subcommand given." : $"unknown subcommand '{args[0]}'.";
            return false;
        }
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--guild" when i + 1 < args.Count:
                    guild = args[++i];
                    break;
                case "--force":
                    force = true;
                    break;
                default:
                    problem = args[i] == "--guild" ? "--guild needs a guild id." : $"unknown argument '{args[i]}'.";
                    return false;
            }
        }
        return true;
    }
}
