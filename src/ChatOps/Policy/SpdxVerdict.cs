namespace ChatOps.Policy;

/// <summary>What an SPDX expression amounts to: acceptable or not, every id it names, and the ids that made it unacceptable.</summary>
internal sealed record SpdxVerdict(bool Acceptable, IReadOnlyList<string> Ids, IReadOnlyList<string> Blocking);
