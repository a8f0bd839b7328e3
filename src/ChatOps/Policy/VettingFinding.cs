using ChatOps.Replies;

namespace ChatOps.Policy;

/// <summary>
/// One line of the due-diligence section: a package, what was found, the verdict and why. Reason says the problem
/// without naming the package again (the refusal puts the name in front of it); a refused finding that someone
/// can act on carries its Remedy, in a chat user's and an admin's words.
/// </summary>
public sealed record VettingFinding(string Package, string? Version, string? License, string Verdict, bool Refused, string Reason)
{
    public Remedy? Remedy { get; init; }
}
