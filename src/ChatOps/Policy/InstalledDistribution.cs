namespace ChatOps.Policy;

/// <summary>A Python distribution as pip really installed it in an image, with the metadata licenses are read from.</summary>
public sealed record InstalledDistribution(
    string Name,
    string Version,
    string? LicenseExpression,
    string? License,
    IReadOnlyList<string> Classifiers);
