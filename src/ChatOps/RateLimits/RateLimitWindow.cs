namespace ChatOps.RateLimits;

/// <summary>At most PermitLimit commands per Window for each user; a PermitLimit of 0 means no limit.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    /// <summary>Default 1 minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsLimited => PermitLimit > 0 && Window > TimeSpan.Zero;
}
