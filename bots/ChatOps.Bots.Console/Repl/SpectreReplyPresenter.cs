using ChatOps.Bots.Console.Rendering;
using ChatOps.Replies;
using Spectre.Console;

namespace ChatOps.Bots.Console.Repl;

/// <summary>
/// Replies as Spectre widgets. The first ProgressReply opens a live progress display that the later progress
/// replies update in place; other replies print above it; it disappears when the command ends.
/// </summary>
internal sealed class SpectreReplyPresenter(IAnsiConsole console) : IReplyPresenter
{
    private readonly SpectreReplyRenderer _renderer = new(console);

    public async Task PresentAsync(ReplyStream replies)
    {
        while (await replies.NextAsync() is { } reply)
        {
            if (reply is ProgressReply first)
            {
                await ShowProgressAsync(first, replies);
                return;
            }
            _renderer.Render(reply);
        }
    }

    private Task ShowProgressAsync(ProgressReply first, ReplyStream replies) =>
        console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 20 }, new StepColumn())
            .StartAsync(async context =>
            {
                var board = new ProgressBoard(context, console.Profile.Width);
                board.Update(first);
                while (await replies.NextAsync() is { } reply)
                {
                    if (reply is ProgressReply progress) board.Update(progress);
                    else _renderer.Render(reply, eraseBelow: true);
                }
                board.Stop();
            });
}
