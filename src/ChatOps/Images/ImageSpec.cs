using ChatOps.Parsers.Commands;

namespace ChatOps.Images;

/// <summary>
/// A validated create request in canonical form: dependencies and packages de-duplicated and sorted, so two
/// requests that mean the same thing are equal, generate the same Dockerfile and can share one build.
/// </summary>
public sealed record ImageSpec(
    string Repository,
    ImageReference Base,
    IReadOnlyList<PythonRequirement> Dependencies,
    IReadOnlyList<OsPackage> Packages)
{
    /// <summary>One line that identifies the spec (used to share identical concurrent builds).</summary>
    public string Key => ImageSpecJson.Serialize(this);

    public static ImageSpec Create(string repository, ImageReference baseImage, IEnumerable<PythonRequirement> dependencies, IEnumerable<OsPackage> packages) =>
        new(repository,
            baseImage,
            dependencies.Distinct().OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList(),
            packages.Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal).ToList());
}
