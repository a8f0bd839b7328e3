namespace ChatOps.Replies;

/// <summary>
/// What can be done about a problem, in the two voices it is said in: a chat user is told what they can do
/// ("ask an admin to allow the name"), an admin and the logs which setting to change ("add it to
/// Policy:AllowedNames"). The part that finds the problem writes both once, here; the war room, which knows who
/// asked, picks the voice (<see cref="ErrorReply.SaidTo"/>), so no handler or adapter decides it again.
/// </summary>
public sealed record Remedy(string ForUser, string ForAdmin)
{
    public string For(bool admin) => admin ? ForAdmin : ForUser;

    /// <summary>Several remedies of one reply as one, each sentence once (two refused names may share a remedy).</summary>
    public static Remedy? Join(IEnumerable<Remedy?> remedies)
    {
        var all = remedies.OfType<Remedy>().ToList();
        if (all.Count == 0) return null;
        return new Remedy(
            string.Join(' ', all.Select(r => r.ForUser).Distinct(StringComparer.Ordinal)),
            string.Join(' ', all.Select(r => r.ForAdmin).Distinct(StringComparer.Ordinal)));
    }
}
