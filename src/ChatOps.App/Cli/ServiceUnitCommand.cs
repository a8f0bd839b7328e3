using ChatOps.App.Service;
using Microsoft.Extensions.Configuration;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops service unit [--dir DIR] [--user NAME] [--env-file PATH]`: prints the systemd unit for a published
/// build. DIR defaults to the folder of the running program when it is the published one, else the folder
/// `chatops publish` writes (.build/publish).
/// </summary>
internal static class ServiceUnitCommand
{
    public const string PublishFolder = ".build/publish";
    private const string AppHost = "ChatOps.App";

    public static int Run(string home, IConfiguration configuration, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] != "unit")
            return Usage(error, "chatops service: the only subcommand is 'unit'.");
        string? dir = null, user = "chatops", environmentFile = "/etc/chatops/chatops.env";
        for (var i = 1; i < args.Length; i++)
        {
            if (i + 1 >= args.Length) return Usage(error, $"chatops service unit: {args[i]} needs a value.");
            switch (args[i])
            {
                case "--dir": dir = args[++i]; break;
                case "--user": user = args[++i]; break;
                case "--env-file": environmentFile = args[++i]; break;
                default: return Usage(error, $"chatops service unit: unknown option '{args[i]}'.");
            }
        }
        dir = Path.GetFullPath(dir ?? PublishedFolder(home));
        if (!File.Exists(Path.Combine(dir, AppHost)))
            error.WriteLine($"chatops service unit: warning: {Path.Combine(dir, AppHost)} does not exist yet; run ./chatops publish (or pass --dir).");
        var grace = configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>()?.ShutdownGracePeriod ?? new ServiceOptions().ShutdownGracePeriod;
        output.Write(SystemdUnit.Render(dir, user, environmentFile, "chatops", grace));
        return ExitCodes.Success;
    }

    /// <summary>The running program's folder when it is a published apphost, else where `chatops publish` puts the build.</summary>
    private static string PublishedFolder(string home)
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileName(process) == AppHost) return Path.GetDirectoryName(process)!;
        return Path.Combine(home, PublishFolder);
    }

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine("usage: chatops service unit [--dir DIR] [--user NAME] [--env-file PATH]");
        return ExitCodes.Usage;
    }
}
