namespace ChatOps.Policy;

/// <summary>All findings of one vetting pass; refused when any finding is.</summary>
public sealed record VettingReport(IReadOnlyList<VettingFinding> Findings)
{
    public static VettingReport Empty { get; } = new([]);

    public bool Refused => Findings.Any(f => f.Refused);
}
