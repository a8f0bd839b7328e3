using ChatOps.Policy;

namespace ChatOps.Tests.Policy.Support;

/// <summary>
/// One typo detector per test class: it is immutable once built from the shipped 15,000-name list, and building it
/// for each of a hundred test cases would cost more than the cases themselves.
/// </summary>
public sealed class PopularNamesFixture
{
    internal TypoSquatDetector Detector { get; } = new(PopularPackages.LoadEmbedded(), SupersededPackages.LoadEmbedded());
}
