using ChatOps.Bots.Console;
using ChatOps.ContentUpdates;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops content update-images [--path DIR] [--dry-run]`: the content updater once, its report on stdout.
/// Exit 0 when it ran, 1 when any image value failed (or the folder could not be read), 2 for usage errors.
/// </summary>
internal static class ContentCommand
{
    public const string Usage = "usage: chatops content update-images [--path DIR] [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, string workingDirectory,
        TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!TryParse(args, workingDirectory, out var path, out var dryRun, out var problem))
        {
            await errors.WriteLineAsync($"chatops content: {problem}");
            await errors.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }
        var folder = path ?? services.GetRequiredService<ContentFolderLocator>().Folder;
        if (path is not null && !Directory.Exists(path))
        {
            await errors.WriteLineAsync($"chatops content: --path {path} is not a directory.");
            return ExitCodes.Usage;
        }

        await using var scope = services.CreateAsyncScope();
        ContentUpdateReport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<ContentUpdater>().RunAsync(folder, dryRun, cancellationToken);
        }
        catch (ContentUpdateException exception)
        {
            // Whoever runs the CLI is the bot's admin: the setting is theirs to change.
            await errors.WriteLineAsync($"chatops content: {exception.Message}" + (exception.Remedy is { } remedy ? " " + remedy.ForAdmin : ""));
            return ExitCodes.CommandFailed;
        }
        foreach (var reply in ContentUpdateReportReplies.Render(report))
            await output.WriteLineAsync(PlainTextRenderer.Render(reply));
        return report.HasFailures ? ExitCodes.CommandFailed : ExitCodes.Success;
    }

    private static bool TryParse(IReadOnlyList<string> args, string workingDirectory, out string? path, out bool dryRun, out string problem)
    {
        (path, dryRun, problem) = (null, false, "");
        if (args.Count == 0 || args[0] != "update-images")
        {
            problem = args.Count == 0 ? "no subcommand given." : $"unknown subcommand '{args[0]}'.";
            return false;
        }
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--dry-run" when !dryRun:
                    dryRun = true;
                    break;
                case "--path" when path is null:
                    if (i + 1 >= args.Count || args[i + 1].Length == 0 || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = "--path needs a directory after it.";
                        return false;
                    }
                    path = Path.GetFullPath(args[++i], workingDirectory);
                    break;
                default:
                    problem = $"unexpected argument '{args[i]}'.";
                    return false;
            }
        }
        return true;
    }
}
