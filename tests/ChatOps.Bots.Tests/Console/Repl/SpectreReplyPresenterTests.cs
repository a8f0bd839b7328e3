using ChatOps.Bots.Console.Repl;
using ChatOps.Bots.Tests.Console.Support;
using ChatOps.Replies;

namespace ChatOps.Bots.Tests.Console.Repl;

public sealed class SpectreReplyPresenterTests
{
    [Fact]
    public async Task Replies_after_progress_are_still_shown_and_in_order()
    {
        var console = new RecordingConsole();
        await using var replies = new ReplyStream(FakeWarRoom.Replies(
            new TextReply("queued"),
            new ProgressReply("build demisto/x", "resolving", 1, 3),
            new ProgressReply("build demisto/x", "installing", 2, 3),
            new TextReply("built"),
            new ProgressReply("build demisto/x", "tagging", 3, 3),
            new CardReply("demisto/x:1.0.0.1", [new CardField("size", "1 MB")])), CancellationToken.None);

        await new SpectreReplyPresenter(console.Console).PresentAsync(replies);

        var text = console.Text;
        var queued = text.IndexOf("queued", StringComparison.Ordinal);
        var built = text.IndexOf("built", StringComparison.Ordinal);
        var card = text.IndexOf("demisto/x:1.0.0.1", StringComparison.Ordinal);
        Assert.True(queued >= 0 && built > queued && card > built, text);
        Assert.Null(await replies.NextAsync());
    }

    [Fact]
    public async Task A_failing_command_during_progress_shows_its_error()
    {
        var console = new RecordingConsole();
        await using var replies = new ReplyStream(FakeWarRoom.Replies(
            new ProgressReply("pull", "layer 1"),
            new ErrorReply("pull failed: no registry")), CancellationToken.None);

        await new SpectreReplyPresenter(console.Console).PresentAsync(replies);

        Assert.Contains("error: pull failed: no registry", console.Text);
        Assert.True(replies.Failed);
    }
}
