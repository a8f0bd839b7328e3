namespace ChatOps.Replies;

/// <summary>
/// The replies a reply is shown as. Code that counts or filters replies (failed or not, errors to the requester
/// only, audit outcome) asks here rather than testing for ErrorReply, so an error wrapped in an entry is not missed.
/// </summary>
public static class ReplyDisplay
{
    /// <summary>An entry is shown as its Display; any other reply as itself.</summary>
    public static IReadOnlyList<Reply> Of(Reply reply) => reply is EntryReply entry ? entry.Display : [reply];

    public static IEnumerable<Reply> Of(IEnumerable<Reply> replies) => replies.SelectMany(Of);

    /// <summary>The first error the reply shows, or null.</summary>
    public static ErrorReply? ErrorOf(Reply reply) => Of(reply).OfType<ErrorReply>().FirstOrDefault();
}
