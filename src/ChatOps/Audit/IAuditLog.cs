namespace ChatOps.Audit;

/// <summary>Who asked for what, where, and how it ended: every war-room line is recorded.</summary>
public interface IAuditLog
{
    Task RecordAsync(ChatMessage message, string verb, string outcome, CancellationToken cancellationToken);
}
