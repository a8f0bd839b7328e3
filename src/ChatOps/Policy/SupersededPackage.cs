namespace ChatOps.Policy;

/// <summary>What to install instead of a superseded distribution, and why.</summary>
internal sealed record SupersededPackage(string Replacement, string Why);
