namespace ChatOps.Audit;

/// <summary>
/// What a command did, on the chain beside its received and completed rows: a build's tag, digest and log tail, a
/// script run's image, arguments (secrets redacted by the caller) and a summary of its entries.
/// </summary>
public interface IAuditDetails
{
    /// <summary>Records one detail of the command the message's AuditId names; never throws, and does nothing without an id.</summary>
    /// <param name="what">"run" or "build".</param>
    /// <param name="json">The detail as one JSON object; cut to the stored text limit.</param>
    Task DetailAsync(ChatMessage message, string what, string json, CancellationToken cancellationToken);
}
