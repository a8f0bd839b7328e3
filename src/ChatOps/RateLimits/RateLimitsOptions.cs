namespace ChatOps.RateLimits;

/// <summary>
/// Section "RateLimits": how often one user may create images and run scripts. Builds and script containers are
/// the bot's expensive powers; a user (or a loop in a script calling the bot) must not starve everyone else.
/// </summary>
public sealed class RateLimitsOptions
{
    public const string Section = "RateLimits";

    /// <summary>/docker_image_create per user. Default: no limit (PermitLimit 0).</summary>
    public RateLimitWindow Create { get; set; } = new();

    /// <summary>!Name (scripts and integration commands) per user. Default: no limit (PermitLimit 0).</summary>
    public RateLimitWindow Run { get; set; } = new();
}
