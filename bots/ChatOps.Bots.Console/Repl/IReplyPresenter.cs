namespace ChatOps.Bots.Console.Repl;

/// <summary>Shows the replies of one command as they arrive, until the stream ends.</summary>
internal interface IReplyPresenter
{
    Task PresentAsync(ReplyStream replies);
}
