namespace ChatOps.Delivery;

/// <summary>
/// Section "Delivery": how the chat adapters retry a call to Slack or Discord that failed in passing. Delays double
/// from FirstRetryDelay with jitter; a 429 waits what Retry-After says instead.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Retries of one call after its first attempt. Default 4 (five attempts in all).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Wait before the first retry; doubled for each next one, with jitter. Default 0.5 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A 429 asking to wait longer than this is not retried (the call fails with the rate limit); also the longest backoff. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt that has no answer after this is abandoned (and retried when that is safe). Default 15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>One call with all its retries and waits ends after this. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
