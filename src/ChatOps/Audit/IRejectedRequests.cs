namespace ChatOps.Audit;

/// <summary>
/// Where an adapter reports a request it refused before it became a command (a bad or missing signature), so the
/// attempt is on the audit chain. Never given the body: it is unauthenticated and may carry anything.
/// </summary>
public interface IRejectedRequests
{
    /// <summary>Records the refusal; never throws (a failing audit must not change what the adapter answers).</summary>
    /// <param name="platform">"slack" or "discord".</param>
    /// <param name="reason">Why, e.g. "signature check failed: Expired".</param>
    /// <param name="remote">The sender's address, when known.</param>
    Task RejectedAsync(string platform, string reason, string? remote, CancellationToken cancellationToken);
}
