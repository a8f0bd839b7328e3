using ChatOps.Bots.Console.Completion;
using ChatOps.Bots.Console.Editing;
using ChatOps.Bots.Console.History;
using ChatOps.Bots.Console.Repl;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Parsers;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Repl;

public sealed class InteractiveReplTests : IDisposable
{
    private readonly FakeWarRoom _warRoom = new();
    private readonly RecordingConsole _console = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatops-repl-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string HistoryPath => Path.Combine(_folder, "history");

    private Task<int> Run(ScriptedTerminal terminal, bool withHistoryFile = false)
    {
        var file = withHistoryFile ? new HistoryFile(HistoryPath) : null;
        var history = file?.Load(100) ?? new CommandHistory(100);
        var images = new CommandSpec("/docker_images", "/docker_images [name=NAME]", "list", [new ArgumentSpec("name", false, "filter", "py")]);
        var create = new CommandSpec("/docker_image_create", "/docker_image_create name=NAME", "create", [new ArgumentSpec("name", true, "name", "x")]);
        var editor = new LineEditor(history, new CommandCompleter([images, create], () => ["!Print"], ReplWords.Exit));
        var settings = new ReplSettings("Welcome to the war room. Type help.", "warroom> ", file?.Path, 100, "alice");
        return new InteractiveRepl(_warRoom, _console.Console, terminal, editor, file, settings).RunAsync();
    }

    private static ScriptedTerminal Typing(params IEnumerable<ConsoleKeyInfo>[] parts) => new(parts.SelectMany(p => p));

    private static IEnumerable<ConsoleKeyInfo> Line(string text) => Keys.Type(text).Append(Keys.Enter);

    private static IEnumerable<ConsoleKeyInfo> CtrlD => [Keys.Ctrl('d')];

    [Fact]
    public async Task A_typed_line_goes_to_the_war_room_from_the_console_and_its_replies_are_shown()
    {
        var status = await Run(Typing(Line("/docker_images"), CtrlD));

        Assert.Equal(0, status);
        Assert.Equal([new ChatMessage("console", "alice", "console", "/docker_images")], _warRoom.Messages);
        Assert.StartsWith("Welcome to the war room. Type help.\n", _console.Text);
        Assert.Contains("warroom> /docker_images\n", _console.Text);
        Assert.Contains("ok: /docker_images\n", _console.Text);
    }

    [Fact]
    public async Task A_100000_character_line_reaches_the_war_room_whole_and_its_error_keeps_the_repl_going()
    {
        var line = "/docker_images name=" + new string('a', 99_980);
        _warRoom.Respond = (m, _) => FakeWarRoom.Replies(new ErrorReply("the line is too long", Column: 100_000, Input: m.Text));

        await Run(new ScriptedTerminal(Line(line).Concat(Line("help")).Concat(CtrlD), pasted: true)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal([line, "help"], _warRoom.Messages.Select(m => m.Text));
        Assert.Contains("error: the line is too long", _console.Text);
        // Drawn once the paste is read, not once per key, and never wider than the terminal.
        Assert.True(_console.Output.Length < 5_000, $"{_console.Output.Length} characters written");
        // (Text drops the carriage returns, so the prompt row's redraws are joined: each draw is one piece.)
        Assert.DoesNotContain(_console.Text.Split('\n').SelectMany(l => l.Split("warroom> ")), piece => piece.Length > 100);
        Assert.Contains("warroom> warroom> aaaa", _console.Text);
    }

    [Fact]
    public async Task Exit_and_quit_leave_without_asking_the_war_room()
    {
        await Run(Typing(Line("  exit ")));
        await Run(Typing(Line("QUIT")));

        Assert.Empty(_warRoom.Messages);
    }

    [Fact]
    public async Task A_blank_line_only_gives_a_new_prompt()
    {
        await Run(Typing(Line("   "), Line("help"), CtrlD));

        Assert.Equal(["help"], _warRoom.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task A_command_that_blows_up_is_reported_and_the_next_line_still_runs()
    {
        _warRoom.Respond = (m, ct) => m.Text == "boom" ? throw new NotImplementedException() : FakeWarRoom.Replies(new TextReply("ok: " + m.Text));

        await Run(Typing(Line("boom"), Line("help"), CtrlD));

        Assert.Contains("error: The console could not show the replies: The method or operation is not implemented.", _console.Text);
        Assert.Contains("ok: help", _console.Text);
    }

    [Fact]
    public async Task A_command_whose_replies_fail_is_reported_and_the_next_line_still_runs()
    {
        _warRoom.Respond = (m, ct) => m.Text == "boom" ? FakeWarRoom.Throwing(new InvalidOperationException("parser not ready")) : FakeWarRoom.Replies(new TextReply("ok: " + m.Text));

        await Run(Typing(Line("boom"), Line("help"), CtrlD));

        Assert.Contains("error: The command failed: parser not ready", _console.Text);
        Assert.Contains("ok: help", _console.Text);
    }

    [Fact]
    public async Task Ctrl_c_while_a_command_runs_cancels_that_command_and_the_repl_goes_on()
    {
        var terminal = Typing(Line("/slow"), Line("help"), CtrlD);
        var seen = CancellationToken.None;
        _warRoom.Respond = (m, ct) =>
        {
            if (m.Text != "/slow") return FakeWarRoom.Replies(new TextReply("ok: " + m.Text));
            seen = ct;
            return FakeWarRoom.UntilCancelled(() => Assert.True(terminal.PressCtrlC()), ct);
        };

        await Run(terminal).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(seen.IsCancellationRequested);
        Assert.Contains("^C cancelling", _console.Text);
        Assert.Contains("error: The command was cancelled.", _console.Text);
        Assert.Contains("ok: help", _console.Text);
        Assert.Equal(1, terminal.InterruptsCaught);
    }

    [Fact]
    public async Task A_second_ctrl_c_stops_waiting_for_a_command_that_ignores_cancellation()
    {
        var terminal = Typing(Line("/stuck"), Line("help"), CtrlD);
        var stuck = new TaskCompletionSource();
        _warRoom.Respond = (m, _) => m.Text == "/stuck"
            ? IgnoresCancellation(() => { terminal.PressCtrlC(); terminal.PressCtrlC(); }, stuck.Task)
            : FakeWarRoom.Replies(new TextReply("ok: " + m.Text));

        await Run(terminal).WaitAsync(TimeSpan.FromSeconds(30));
        stuck.SetResult();

        Assert.Contains("error: Stopped waiting for the command", _console.Text);
        Assert.Contains("ok: help", _console.Text);
        Assert.Equal(2, terminal.InterruptsCaught);
    }

    private static async IAsyncEnumerable<Reply> IgnoresCancellation(Action started, Task stuck)
    {
        yield return new ProgressReply("wait", "ignoring cancellation");
        started();
        await stuck;
    }

    [Fact]
    public async Task Ctrl_c_is_only_caught_while_a_command_runs()
    {
        var terminal = Typing(Line("help"), CtrlD);

        await Run(terminal);

        Assert.False(terminal.PressCtrlC());
    }

    [Fact]
    public async Task Ctrl_c_at_the_prompt_clears_the_line_and_keeps_the_repl_open()
    {
        await Run(Typing(Keys.Type("/docker_ima"), [Keys.Ctrl('c')], Line("help"), CtrlD));

        Assert.Equal(["help"], _warRoom.Messages.Select(m => m.Text));
        Assert.Contains("warroom> /docker_ima^C\n", _console.Text);
    }

    [Fact]
    public async Task Lines_are_remembered_across_sessions_in_the_history_file()
    {
        await Run(Typing(Line("/docker_images name=py"), CtrlD), withHistoryFile: true);

        await Run(Typing([Keys.Up, Keys.Enter], CtrlD), withHistoryFile: true);

        Assert.Equal(["/docker_images name=py", "/docker_images name=py"], _warRoom.Messages.Select(m => m.Text));
        Assert.Equal(["/docker_images name=py"], File.ReadAllLines(HistoryPath));
    }

    [Fact]
    public async Task Tab_completes_the_command_on_the_line()
    {
        await Run(Typing(Keys.Type("/docker_image_c"), [Keys.Tab], Keys.Type("na"), [Keys.Tab], Line("x"), CtrlD));

        Assert.Equal(["/docker_image_create name=x"], _warRoom.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Tab_with_several_choices_lists_them_under_the_line()
    {
        await Run(Typing(Keys.Type("/docker_image"), [Keys.Tab, Keys.Ctrl('c')], CtrlD));

        Assert.Contains(_console.Text.Split('\n'), l => l.Contains("/docker_image_create") && l.Contains("/docker_images"));
    }
}
