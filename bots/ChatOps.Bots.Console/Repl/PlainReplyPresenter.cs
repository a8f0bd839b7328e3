namespace ChatOps.Bots.Console.Repl;

/// <summary>Each reply as plain text on its own line(s), flushed at once so a reader of the pipe sees progress live.</summary>
internal sealed class PlainReplyPresenter(TextWriter output) : IReplyPresenter
{
    public async Task PresentAsync(ReplyStream replies)
    {
        while (await replies.NextAsync() is { } reply)
        {
            await output.WriteLineAsync(PlainTextRenderer.Render(reply));
            await output.FlushAsync();
        }
    }
}
