namespace ChatOps.Images;

/// <summary>
/// The stages of a create as every platform shows them, in order: checking the packages, the build's own steps
/// (named by <see cref="DockerfileGenerator"/>), checking and vetting what was installed.
/// </summary>
internal static class BuildStages
{
    public const string Queued = "waiting for a build slot";
    public const string CheckingRequest = "checking the packages";
    public const string Starting = "starting the build";
    public const string Building = "building";
    public const string Checking = "checking what was installed";
    public const string Vetting = "vetting what was installed";

    /// <summary>One activity for the whole create, so every platform shows one progress line that moves on.</summary>
    public static string ActivityOf(string repository) => $"create {repository}";
}
