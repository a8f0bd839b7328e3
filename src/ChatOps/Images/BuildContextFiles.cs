using ChatOps.Images.Check;

namespace ChatOps.Images;

/// <summary>
/// The generated build context: the Dockerfile, the requirements.txt pip installs from (empty when none), and what
/// the check at the end of the last RUN reads (its script and its request).
/// </summary>
public sealed record BuildContextFiles(string Dockerfile, string Requirements, string CheckRequest)
{
    /// <summary>A name for each Dockerfile instruction, in order (the engine's "Step N/M" is StepNames[N - 1]).</summary>
    public IReadOnlyList<string> StepNames { get; init; } = [];

    /// <summary>Every file of the context by name, in a fixed order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries() =>
    [
        new("Dockerfile", Dockerfile),
        new(DockerfileGenerator.RequirementsFile, Requirements),
        new(ImageCheck.ScriptFile, ImageCheck.Script),
        new(ImageCheck.RequestFile, CheckRequest),
    ];
}
