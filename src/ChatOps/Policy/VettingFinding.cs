namespace ChatOps.Policy;

/// <summary>One line of the due-diligence section: a package, what was found, the verdict and why.</summary>
public sealed record VettingFinding(string Package, string? Version, string? License, string Verdict, bool Refused, string Reason);
