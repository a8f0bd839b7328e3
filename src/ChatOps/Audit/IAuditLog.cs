namespace ChatOps.Audit;

/// <summary>
/// Who asked for what, where, and how it ended: every war-room line is recorded. A command is recorded twice:
/// when it is received (before its handler runs, so a crash cannot erase it) and when it ends.
/// </summary>
public interface IAuditLog
{
    /// <summary>Writes the "received" record: time, platform, user, channel, the line as typed, the verb.</summary>
    Task<AuditReceipt> ReceivedAsync(ChatMessage message, string verb, CancellationToken cancellationToken);

    /// <summary>Writes the "completed" record of a received command: its outcome and how long it took.</summary>
    Task CompletedAsync(AuditReceipt receipt, string outcome, CancellationToken cancellationToken);
}
