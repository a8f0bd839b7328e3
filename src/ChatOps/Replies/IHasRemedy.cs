namespace ChatOps.Replies;

/// <summary>
/// An exception whose message is fit for chat and that knows what can be done about it, so whoever turns it into
/// an <see cref="ErrorReply"/> (a handler, or the war room for an exception nobody caught) keeps the remedy apart
/// and the war room says it in the sender's voice.
/// </summary>
public interface IHasRemedy
{
    Remedy? Remedy { get; }
}
