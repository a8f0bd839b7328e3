using ChatOps.Bots.Console.Editing;
using ChatOps.Bots.Console.History;
using ChatOps.Bots.Console.Rendering;
using ChatOps.Replies;
using Spectre.Console;

namespace ChatOps.Bots.Console.Repl;

/// <summary>
/// The REPL at a terminal: prompt and line editing, each line through the war room with its replies shown as
/// they arrive, Ctrl-C cancelling the running command (a second one stops waiting for it), exit/quit/Ctrl-D
/// leaving. Nothing a command does ends the loop: every failure is printed and the next prompt follows.
/// </summary>
internal sealed class InteractiveRepl(IWarRoom warRoom, IAnsiConsole console, IReplTerminal terminal, LineEditor editor, HistoryFile? historyFile, ReplSettings settings)
{
    private readonly SpectreReplyPresenter _presenter = new(console);
    private readonly SpectreReplyRenderer _renderer = new(console);
    private readonly TextWriter _out = console.Profile.Out.Writer;
    private bool _historyWarned;

    public async Task<int> RunAsync()
    {
        console.Write(new Text(settings.Welcome, new Style(Color.Grey)));
        console.WriteLine();
        while (ReadLine() is { } line)
        {
            var command = line.Trim();
            if (command.Length == 0) continue;
            if (ReplWords.IsExit(command)) break;
            Remember(line);
            await RunAsync(command);
        }
        return 0;
    }

    private async Task RunAsync(string line)
    {
        using var cancel = new CancellationTokenSource();
        using var abandon = new CancellationTokenSource();
        var interrupts = 0;
        using var interruptible = terminal.CatchInterrupts(() =>
        {
            // Runs on the signal thread: flip the tokens and say so (Spectre serialises writes); the command's own code reacts.
            try
            {
                if (Interlocked.Increment(ref interrupts) == 1)
                {
                    _ = cancel.CancelAsync();
                    _renderer.Render(new TextReply("^C cancelling… (Ctrl-C again to stop waiting)"), eraseBelow: true);
                }
                else
                {
                    _ = abandon.CancelAsync();
                }
            }
            catch (ObjectDisposedException)
            {
                // The command ended while Ctrl-C was being delivered: nothing left to cancel.
            }
        });
        try
        {
            await using var replies = new ReplyStream(warRoom.HandleAsync(ConsoleMessage.From(settings.User, line), cancel.Token), cancel.Token, abandon.Token);
            await _presenter.PresentAsync(replies);
        }
        catch (Exception exception)
        {
            // The presenter or the terminal failed, not the command; say so and carry on with the next prompt.
            _renderer.Render(new ErrorReply($"The console could not show the replies: {exception.Message}"));
        }
    }

    /// <summary>Reads one line with editing; null when the user leaves (Ctrl-D on an empty line).</summary>
    private string? ReadLine()
    {
        Draw();
        while (true)
        {
            var result = editor.Handle(terminal.ReadKey());
            switch (result.Outcome)
            {
                case EditOutcome.Redraw:
                    if (!terminal.KeyAvailable) Draw();
                    break;
                case EditOutcome.Submit:
                {
                    // Redraws skipped during a paste: show the line that was entered before moving on.
                    var line = result.Line ?? "";
                    DrawToEnd(line);
                    Write("\r\n");
                    return line;
                }
                case EditOutcome.Exit:
                    Write("\r\n");
                    return null;
                case EditOutcome.Interrupted:
                {
                    // As a shell does: the abandoned line stays on screen, marked ^C, and a fresh prompt follows.
                    DrawToEnd(result.Line ?? "");
                    Write("^C\r\n");
                    Draw();
                    break;
                }
                case EditOutcome.ShowCandidates:
                    Write("\r\n");
                    console.Write(new Columns(result.Candidates!.Select(c => new Text(c))).Collapse());
                    Draw();
                    break;
                case EditOutcome.ClearScreen:
                    console.Clear();
                    Draw();
                    break;
                case EditOutcome.Bell:
                    Write("\a");
                    break;
            }
        }
    }

    /// <summary>Draws the prompt row again: prompt, the visible part of the line, erase the rest, cursor in place.</summary>
    private void Draw() =>
        Draw(LineView.Of(editor.Buffer.Length, editor.Buffer.Cursor, settings.Prompt.Length, console.Profile.Width), editor.Buffer.Slice);

    /// <summary>Draws a line that has left the buffer (entered or abandoned) with the cursor after it.</summary>
    private void DrawToEnd(string line) =>
        Draw(LineView.Of(line.Length, line.Length, settings.Prompt.Length, console.Profile.Width), line.Substring);

    private void Draw(LineView view, Func<int, int, string> slice)
    {
        var prompt = settings.Prompt;
        var styled = console.Profile.Capabilities.Ansi ? $"\u001b[1;32m{prompt}\u001b[0m" : prompt;
        Write($"\r{styled}{slice(view.Start, view.Length)}\u001b[K\r" + (view.CursorColumn > 0 ? $"\u001b[{view.CursorColumn}C" : ""));
    }

    private void Write(string text)
    {
        _out.Write(text);
        _out.Flush();
    }

    private void Remember(string line)
    {
        if (!editor.History.Add(line) || historyFile is null) return;
        try
        {
            historyFile.Append(line);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // History on disk is a convenience: the session goes on with it in memory, and says so once.
            if (_historyWarned) return;
            _historyWarned = true;
            _renderer.Render(new TextReply($"(history is not saved: {exception.Message})"));
        }
    }
}
