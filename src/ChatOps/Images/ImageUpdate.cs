namespace ChatOps.Images;

/// <summary>One image's line of an update: the tag it had, the tag it has now, and what happened.</summary>
public sealed record ImageUpdate(string Repository, string? Before, string? After, string Outcome);
