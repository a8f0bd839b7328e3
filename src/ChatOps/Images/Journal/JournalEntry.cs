namespace ChatOps.Images.Journal;

/// <summary>One accepted create as the build journal holds it: who asked, where, what, and how far its build got.</summary>
/// <param name="Tag">The tag (version and build number) its build was given; null while it was only queued.</param>
/// <param name="Attempts">How many of its builds a stop of the bot interrupted so far.</param>
internal sealed record JournalEntry(long Id, ChatMessage Requester, ImageSpec Spec, string State, string? Tag, int Attempts)
{
    public const string Queued = "queued";
    public const string Building = "building";
    public const string Finished = "finished";
}
