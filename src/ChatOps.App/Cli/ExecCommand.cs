using ChatOps.App.Cli.Json;
using ChatOps.Bots.Console;
using ChatOps.Replies;

namespace ChatOps.App.Cli;

/// <summary>
/// `chatops exec [--json] "LINE"`: one line through the war room, what succeeded on stdout, errors on stderr (in
/// both forms), status in the exit code.
/// </summary>
internal static class ExecCommand
{
    public const string Usage = "usage: chatops exec [--json] \"<chat line>\"   e.g. chatops exec \"/docker_images\"";

    public static async Task<int> RunAsync(IWarRoom warRoom, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var rest = args.Where(a => a != "--json").ToList();
        if (rest.Count != 1 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(rest.Count == 0 ? "chatops exec: no chat line given." : $"chatops exec: expected one chat line, got {rest.Count} arguments (quote the line).");
            await Console.Error.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        // Tables fit a terminal; a pipe gets every cell whole.
        int? width = Console.IsOutputRedirected ? null : Console.WindowWidth;
        var failed = false;
        var message = new ChatMessage("exec", Environment.UserName, "exec", rest[0]);
        await foreach (var reply in warRoom.HandleAsync(message, cancellationToken))
        {
            failed |= ReplyDisplay.ErrorOf(reply) is not null;
            // JSON lines carry each entry whole for automation; people read replies as the war room shows them. In
            // both, errors go to stderr, so stdout is only what succeeded and a pipe never takes an error for data.
            if (json) (ExecJsonLine.KindOf(reply) == "error" ? Console.Error : Console.Out).WriteLine(ExecJsonLine.Of(reply));
            else foreach (var shown in ReplyDisplay.Of(reply)) (shown is ErrorReply ? Console.Error : Console.Out).WriteLine(PlainTextRenderer.RenderWithin(shown, width));
        }
        return failed ? ExitCodes.CommandFailed : ExitCodes.Success;
    }
}
