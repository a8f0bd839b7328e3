using ChatOps.Policy;

namespace ChatOps.Images;

/// <summary>
/// A build that was checked and vetted and waits under its staging tag for its final one: everything that turning
/// it into a recorded image needs, so that can happen now or, with Images:RequireApproval, after a restart.
/// </summary>
/// <param name="Tag">The final tag it was built for (the Dockerfile and the image's environment name it).</param>
/// <param name="Staging">The private staging reference it is held under until then.</param>
/// <param name="RequestedBy">"platform/user", as the image's labels and the build record say it.</param>
/// <param name="BuildTime">From the start of the build to the end of the vetting.</param>
public sealed record StagedImage(
    ImageSpec Spec,
    string Tag,
    string Staging,
    string ImageId,
    ImageVerification Found,
    VettingReport Report,
    string Dockerfile,
    IReadOnlyList<string> LogTail,
    string RequestedBy,
    string Channel,
    string Request,
    TimeSpan BuildTime)
{
    public string Reference => $"{Spec.Repository}:{Tag}";

    /// <summary>The engine it was built on and is staged on (Docker:Engines name); null: the default engine (and every request stored before engines were named).</summary>
    public string? Engine { get; init; }
}
