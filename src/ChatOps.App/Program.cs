using ChatOps;
using ChatOps.App;
using ChatOps.App.Cli;
using ChatOps.Engine;
using ChatOps.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// chatops [repl] | exec [--json] "LINE" | serve [--urls URL] | base seed | audit verify|export | ...
var home = ChatOpsHome.Locate();
// Relative paths in configuration (storage, content, the loop script) mean "under home", wherever chatops is
// started from; paths typed on the command line still mean "from where the caller stands".
var callerDirectory = Directory.GetCurrentDirectory();
Directory.SetCurrentDirectory(home);
var verb = args.Length == 0 ? "repl" : args[0];
var rest = args.Skip(1).ToArray();

using var cancel = new CancellationTokenSource();

try
{
    switch (verb)
    {
        case "repl":
        {
            using var host = HostFactory.Build(home);
            return await ReplCommand.RunAsync(host);
        }
        case "exec":
        {
            using var host = HostFactory.Build(home);
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
            return await ExecCommand.RunAsync(host.Services.GetRequiredService<IWarRoom>(), rest, cancel.Token);
        }
        case "base":
        {
            using var host = HostFactory.Build(home);
            return await BaseImageCommand.RunAsync(home, host.Services.GetRequiredService<IImageEngine>(),
                host.Services.GetRequiredService<IOptions<ImagesOptions>>().Value, rest, cancel.Token);
        }
        case "content":
        {
            using var host = HostFactory.Build(home);
            return await ContentCommand.RunAsync(host.Services, rest, callerDirectory, Console.Out, Console.Error, cancel.Token);
        }
        case "audit":
        {
            using var host = HostFactory.Build(home);
            return await AuditCommand.RunAsync(host.Services, rest, Console.Out, Console.Error, cancel.Token);
        }
        case "engine" when rest is ["endpoint"]:
        {
            // For ./chatops's set-up script: the endpoint every host will use, appsettings.json and overrides applied.
            using var host = HostFactory.Build(home);
            Console.WriteLine(host.Services.GetRequiredService<IOptions<DockerOptions>>().Value.Endpoint);
            return ExitCodes.Success;
        }
        case "engine" when rest is ["facts"]:
        {
            // For ./chatops, which keeps the answer beside the build: the endpoint, then the default base image.
            using var host = HostFactory.Build(home);
            Console.WriteLine(host.Services.GetRequiredService<IOptions<DockerOptions>>().Value.Endpoint);
            Console.WriteLine(host.Services.GetRequiredService<IOptions<ImagesOptions>>().Value.DefaultBase);
            return ExitCodes.Success;
        }
        case "service":
        {
            using var host = HostFactory.Build(home);
            return ServiceUnitCommand.Run(home, host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), rest, Console.Out, Console.Error);
        }
        case "engine" when rest is ["base-image"]:
        {
            // For ./chatops publish: the bot's own image is built on the configured default base.
            using var host = HostFactory.Build(home);
            Console.WriteLine(host.Services.GetRequiredService<IOptions<ImagesOptions>>().Value.DefaultBase);
            return ExitCodes.Success;
        }
        case "serve":
            return await ServeCommand.RunAsync(home, rest);
        case "slack" when rest is ["manifest"]:
            // The manifest is the catalogue's: slack/manifest.yml is this output, committed.
            Console.Write(ChatOps.Bots.Slack.Manifest.SlackManifest.Render());
            return ExitCodes.Success;
        case "discord":
            return await DiscordRegisterCommand.RunAsync(home, rest, cancel.Token);
        case "help" or "--help" or "-h":
            Console.WriteLine(CliUsage.Text);
            return ExitCodes.Success;
        default:
            await Console.Error.WriteLineAsync($"chatops: unknown command '{verb}'.");
            await Console.Error.WriteLineAsync(CliUsage.Text);
            return ExitCodes.Usage;
    }
}
catch (Exception exception) when (exception is not OperationCanceledException || !cancel.IsCancellationRequested)
{
    // Whatever escaped a verb: one line for the person at the terminal, the whole exception in the log file.
    await Console.Error.WriteLineAsync("chatops: " + CliCrashReport.Write(home, exception));
    return ExitCodes.CommandFailed;
}
