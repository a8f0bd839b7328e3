using System.Runtime.CompilerServices;
using ChatOps.Bots.Console.Repl;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Bots.Tests.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Repl;

public sealed class ReplyStreamTests
{
    private static async Task<List<Reply>> Drain(ReplyStream stream)
    {
        var replies = new List<Reply>();
        while (await stream.NextAsync() is { } reply) replies.Add(reply);
        return replies;
    }

    [Fact]
    public async Task Replies_come_through_in_order_and_an_error_marks_the_command_failed()
    {
        await using var stream = new ReplyStream(FakeWarRoom.Replies(new TextReply("a"), new ErrorReply("b")), CancellationToken.None);

        var replies = await Drain(stream);

        Assert.Equal([new TextReply("a"), new ErrorReply("b")], replies);
        Assert.True(stream.Failed);
    }

    [Fact]
    public async Task A_command_that_throws_ends_with_an_error_reply_saying_why()
    {
        await using var stream = new ReplyStream(FakeWarRoom.Throwing(new NotImplementedException(), new TextReply("before")), CancellationToken.None);

        var replies = await Drain(stream);

        Assert.Equal(new TextReply("before"), replies[0]);
        Assert.Equal(new ErrorReply("The command failed: The method or operation is not implemented."), replies[1]);
        Assert.Equal(2, replies.Count);
        Assert.True(stream.Failed);
        Assert.Null(await stream.NextAsync());
    }

    [Fact]
    public async Task A_cancelled_command_ends_with_an_error_reply_saying_so()
    {
        using var cancel = new CancellationTokenSource();
        await using var stream = new ReplyStream(FakeWarRoom.UntilCancelled(() => cancel.Cancel(), cancel.Token), cancel.Token);

        var replies = await Drain(stream);

        Assert.IsType<ProgressReply>(replies[0]);
        Assert.Equal(new ErrorReply("The command was cancelled."), replies[1]);
    }

    [Fact]
    public async Task Abandoning_stops_waiting_for_a_command_that_ignores_its_token()
    {
        using var abandon = new CancellationTokenSource();
        var stuck = new TaskCompletionSource();
        await using var stream = new ReplyStream(IgnoresCancellation(stuck.Task), CancellationToken.None, abandon.Token);
        Assert.IsType<TextReply>(await stream.NextAsync());

        var next = stream.NextAsync().AsTask();
        Assert.False(next.IsCompleted);
        await abandon.CancelAsync();

        var reply = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("Stopped waiting for the command", Assert.IsType<ErrorReply>(reply).Message);
        stuck.SetResult();
    }


    private static async IAsyncEnumerable<Reply> IgnoresCancellation(Task stuck, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new TextReply("started");
        await stuck;
        yield return new TextReply("late");
    }

    [Fact]
    public async Task An_error_shown_by_an_entry_marks_the_command_failed()
    {
        await using var stream = new ReplyStream(FakeWarRoom.Replies(Entries.Showing(new ErrorReply("!X returned an error: bad"))), CancellationToken.None);

        await Drain(stream);

        Assert.True(stream.Failed);
    }
}
