using ChatOps.Audit;
using ChatOps.Replies;
using ChatOps.Tests.Audit.Support;
using ChatOps.Tests.Routing.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Audit;

/// <summary>The war room over a real audit file: what is on record while a command runs and after it ends.</summary>
public sealed class AuditedWarRoomTests : IDisposable
{
    private static readonly ChatMessage HelpLine = new("slack", "U0123", "C0123", "help");
    private readonly AuditFile _file = new();

    public void Dispose() => _file.Dispose();

    private static async Task<List<Reply>> RunAsync(IWarRoom warRoom, CancellationToken token = default)
    {
        var replies = new List<Reply>();
        await foreach (var reply in warRoom.HandleAsync(HelpLine, token)) replies.Add(reply);
        return replies;
    }

    [Fact]
    public async Task The_received_row_is_on_file_while_the_handler_is_still_running_and_is_completed_when_it_ends()
    {
        var handler = new WaitingHandler();
        var warRoom = new WarRoom([handler], _file.Open(), NullLogger<WarRoom>.Instance);

        var running = RunAsync(warRoom);
        await handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var received = Assert.Single(await _file.RowsAsync());
        Assert.Equal((AuditRow.Received, "slack", "U0123", "C0123", "/help", "help"),
            (received.Kind, received.Platform, received.User, received.Channel, received.Verb, received.Text));

        handler.Release.SetResult();
        await running;
        var rows = await _file.RowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal((received.Id, "ok"), (rows[1].CommandId, rows[1].Outcome));
    }

    [Fact]
    public async Task A_cancelled_command_and_a_failed_one_are_completed_with_their_outcomes()
    {
        var waiting = new WaitingHandler();
        using var cancel = new CancellationTokenSource();
        var cancelled = RunAsync(new WarRoom([waiting], _file.Open(), NullLogger<WarRoom>.Instance), cancel.Token);
        await waiting.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();
        await cancelled;

        await RunAsync(new WarRoom([new RecordingHandler([], new InvalidOperationException("engine went away"))], _file.Open(), NullLogger<WarRoom>.Instance));

        var outcomes = (await _file.RowsAsync()).Where(row => row.Kind == AuditRow.Completed).Select(row => row.Outcome);
        Assert.Equal(["cancelled", "failed: engine went away"], outcomes);
        Assert.True((await _file.Chain().VerifyAsync(default)).IsValid);
    }

    [Fact]
    public async Task A_reader_that_stops_early_leaves_the_command_completed_as_abandoned_not_open()
    {
        var warRoom = new WarRoom([new RecordingHandler([new TextReply("one"), new TextReply("two")])], _file.Open(), NullLogger<WarRoom>.Instance);

        await foreach (var _ in warRoom.HandleAsync(HelpLine, default)) break;

        var completion = (await _file.RowsAsync()).Single(row => row.Kind == AuditRow.Completed);
        Assert.StartsWith("abandoned", completion.Outcome);
    }
}
