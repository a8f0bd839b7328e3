namespace ChatOps.Bots.Console.Repl;

/// <summary>
/// The REPL when stdin or stdout is not a terminal: one command per input line, replies as plain text, so it
/// can be scripted (<c>printf '/docker_images\nexit\n' | chatops repl</c>). Blank lines and lines starting with
/// # are skipped. Exit status 1 when any command failed, as `chatops exec` does for one.
/// </summary>
internal sealed class PipedRepl(IWarRoom warRoom, TextReader input, TextWriter output, string user)
{
    public async Task<int> RunAsync(CancellationToken interrupt)
    {
        var presenter = new PlainReplyPresenter(output);
        var failed = false;
        while (!interrupt.IsCancellationRequested)
        {
            string? line;
            try
            {
                line = await input.ReadLineAsync(interrupt);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (line is null) break;
            var command = line.Trim();
            if (command.Length == 0 || command.StartsWith('#')) continue;
            if (ReplWords.IsExit(command)) break;

            await using var replies = new ReplyStream(warRoom.HandleAsync(ConsoleMessage.From(user, command), interrupt), interrupt);
            await presenter.PresentAsync(replies);
            failed |= replies.Failed;
        }
        return failed || interrupt.IsCancellationRequested ? 1 : 0;
    }
}
