namespace ChatOps.Audit;

/// <summary>One audited command as /audit shows it: its "received" row with the outcome of its completion, null while it runs.</summary>
internal sealed record AuditEntry(long Id, string At, string Platform, string User, string Channel, string Verb, string Text, string? Outcome, long? DurationMs);
