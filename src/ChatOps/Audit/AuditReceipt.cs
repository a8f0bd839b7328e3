namespace ChatOps.Audit;

/// <summary>What the audit log hands back for a received command, so its completion can name it and time it.</summary>
/// <param name="Id">The id of the "received" row.</param>
/// <param name="StartedTimestamp">A TimeProvider timestamp taken when the row was written.</param>
public sealed record AuditReceipt(long Id, ChatMessage Message, string Verb, long StartedTimestamp);
