using ChatOps.Replies;

namespace ChatOps.Bots.Console.Repl;

/// <summary>Each reply as plain text on its own line(s), flushed at once so a reader of the pipe sees progress live.</summary>
internal sealed class PlainReplyPresenter(TextWriter output) : IReplyPresenter
{
    public async Task PresentAsync(ReplyStream replies)
    {
        while (await replies.NextAsync() is { } reply)
        {
            // An entry with nothing to show (only context, say) prints no empty line.
            foreach (var shown in ReplyDisplay.Of(reply)) await output.WriteLineAsync(PlainTextRenderer.Render(shown));
            await output.FlushAsync();
        }
    }
}
