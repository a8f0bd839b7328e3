using ChatOps.Bots.Console.Completion;
using ChatOps.Bots.Console.Editing;
using ChatOps.Bots.Console.History;
using ChatOps.Bots.Console.Repl;
using ChatOps.Parsers;
using ChatOps.Routing;
using Spectre.Console;

namespace ChatOps.Bots.Console;

/// <summary>
/// `chatops repl`: the interactive console at a terminal, the plain line-by-line REPL when input or output is
/// redirected. The host supplies the war room, the script names for completion and the settings.
/// </summary>
internal static class ConsoleRepl
{
    public static async Task<int> RunAsync(IWarRoom warRoom, IEnumerable<IHelpTopicProvider> topics, ReplSettings settings)
    {
        if (System.Console.IsInputRedirected || System.Console.IsOutputRedirected)
            return await RunPipedAsync(warRoom, settings);

        var console = AnsiConsole.Console;
        var historyFile = settings.HistoryPath is null ? null : new HistoryFile(settings.HistoryPath);
        var history = LoadHistory(historyFile, settings.HistorySize, console);
        var providers = topics.ToArray();
        var completer = new CommandCompleter(CommandCatalog.All, () => providers.SelectMany(p => p.Topics), ReplWords.Exit);
        var editor = new LineEditor(history, completer);
        try
        {
            return await new InteractiveRepl(warRoom, console, new SystemConsoleTerminal(), editor, historyFile, settings).RunAsync();
        }
        finally
        {
            System.Console.TreatControlCAsInput = false;
        }
    }

    private static async Task<int> RunPipedAsync(IWarRoom warRoom, ReplSettings settings)
    {
        // Piped: Ctrl-C cancels the running command and stops reading; a second one ends the process as usual.
        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        System.Console.CancelKeyPress += handler;
        try
        {
            return await new PipedRepl(warRoom, System.Console.In, System.Console.Out, settings.User).RunAsync(interrupt.Token);
        }
        finally
        {
            System.Console.CancelKeyPress -= handler;
        }
    }

    private static CommandHistory LoadHistory(HistoryFile? file, int capacity, IAnsiConsole console)
    {
        if (file is null) return new CommandHistory(capacity);
        try
        {
            return file.Load(capacity);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Write(new Text($"(history could not be read from {file.Path}: {exception.Message})\n", new Style(Color.Grey)));
            return new CommandHistory(capacity);
        }
    }
}
