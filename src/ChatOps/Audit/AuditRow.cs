namespace ChatOps.Audit;

/// <summary>
/// One stored row of the audit chain (table audit_log). Rows are never updated: a "received" row is answered by a
/// later "completed" row whose CommandId is its Id (the outcome "interrupted" when a crash ended the command), and
/// may have "detail" rows between them. A "rejected" row stands alone.
/// </summary>
public sealed record AuditRow(
    long Id,
    string Kind,
    long? CommandId,
    string At,
    string Owner,
    string Platform,
    string User,
    string Channel,
    string Verb,
    string Text,
    string? Outcome,
    long? DurationMs,
    string PreviousHash,
    string Hash)
{
    public const string Received = "received";
    public const string Completed = "completed";

    /// <summary>What a command did (a run's image and arguments, a build's tag and log), CommandId its received row; Outcome says which.</summary>
    public const string Detail = "detail";

    /// <summary>A request refused before it became a command (a bad signature): one row, outcome included, never the body.</summary>
    public const string Rejected = "rejected";
}
