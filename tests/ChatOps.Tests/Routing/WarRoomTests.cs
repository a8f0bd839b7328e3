using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Tests.Routing.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Routing;

public sealed class WarRoomTests
{
    private static readonly ChatMessage HelpLine = new("console", "alice", "room-1", "help");

    private static async Task<List<Reply>> RunAsync(IWarRoom warRoom, ChatMessage message, CancellationToken token = default)
    {
        var replies = new List<Reply>();
        await foreach (var reply in warRoom.HandleAsync(message, token)) replies.Add(reply);
        return replies;
    }

    [Fact]
    public async Task A_parsed_command_goes_to_the_handler_that_takes_it_and_its_replies_stream_back_in_order()
    {
        var handler = new RecordingHandler([new TextReply("one"), new TextReply("two")]);
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([handler], audit, NullLogger<WarRoom>.Instance);

        var replies = await RunAsync(warRoom, HelpLine);

        Assert.Equal([new TextReply("one"), new TextReply("two")], replies);
        var call = Assert.Single(handler.Calls);
        Assert.Null(call.Command.Topic);
        // The same message, with the id of its audit row for the handler to record details against.
        Assert.Equal(HelpLine with { AuditId = call.Message.AuditId }, call.Message);
        Assert.NotNull(call.Message.AuditId);
        Assert.Equal(("/help", "ok"), (audit.Records.Single().Verb, audit.Records.Single().Outcome));
    }

    [Fact]
    public async Task A_line_that_does_not_parse_gets_an_error_with_its_column_and_reaches_no_handler()
    {
        var handler = new RecordingHandler([new TextReply("never")]);
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([handler], audit, NullLogger<WarRoom>.Instance);

        var replies = await RunAsync(warRoom, HelpLine with { Text = "/docker_image_create name=Bad" });

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Contains("lower case", error.Message);
        Assert.Equal(27, error.Column);
        Assert.Empty(handler.Calls);
        Assert.StartsWith("refused", audit.Records.Single().Outcome);
    }

    [Fact]
    public async Task A_command_without_a_handler_is_refused_with_a_message_naming_it()
    {
        var warRoom = new WarRoom([], new RecordingAuditLog(), NullLogger<WarRoom>.Instance);

        var replies = await RunAsync(warRoom, HelpLine);

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal("/help is not available on this server (no handler is configured for it).", error.Message);
    }

    [Fact]
    public async Task A_handler_that_throws_ends_its_command_with_an_error_after_the_replies_it_already_gave()
    {
        var handler = new RecordingHandler([new TextReply("partial")], new InvalidOperationException("engine went away"));
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([handler], audit, NullLogger<WarRoom>.Instance);

        var replies = await RunAsync(warRoom, HelpLine);

        Assert.Equal(new TextReply("partial"), replies[0]);
        Assert.Equal("/help failed: engine went away", Assert.IsType<ErrorReply>(replies[1]).Message);
        Assert.Equal("failed: engine went away", audit.Records.Single().Outcome);

        // The war room keeps serving the next line.
        var next = await RunAsync(new WarRoom([new RecordingHandler([new TextReply("fine")])], audit, NullLogger<WarRoom>.Instance), HelpLine);
        Assert.Equal([new TextReply("fine")], next);
    }

    [Fact]
    public async Task A_cancelled_command_says_so_and_is_audited_as_cancelled()
    {
        var handler = new RecordingHandler([new TextReply("first"), new TextReply("second")]);
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([handler], audit, NullLogger<WarRoom>.Instance);
        using var cancel = new CancellationTokenSource();

        var replies = new List<Reply>();
        await foreach (var reply in warRoom.HandleAsync(HelpLine, cancel.Token))
        {
            replies.Add(reply);
            cancel.Cancel();
        }

        Assert.Equal(new TextReply("first"), replies[0]);
        Assert.Equal("/help was cancelled.", Assert.IsType<ErrorReply>(replies[^1]).Message);
        Assert.Equal("cancelled", audit.Records.Single().Outcome);
    }

    [Fact]
    public async Task An_error_shown_by_an_entry_is_audited_as_the_commands_error()
    {
        var entry = new EntryReply(4, "text", System.Text.Json.JsonDocument.Parse("\"bad\"").RootElement, null, null, null, null, [new ErrorReply("!X returned an error: bad")]);
        var audit = new RecordingAuditLog();
        var warRoom = new WarRoom([new RecordingHandler([entry])], audit, NullLogger<WarRoom>.Instance);

        await RunAsync(warRoom, HelpLine);

        Assert.Equal("error: !X returned an error: bad", audit.Records.Single().Outcome);
    }
}
