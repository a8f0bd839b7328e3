using ChatOps.Audit;

namespace ChatOps.Tests.Routing.Support;

/// <summary>Keeps audit records in memory so tests can see what the war room recorded.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    private long _next;

    public List<(ChatMessage Message, string Verb)> Received { get; } = [];

    /// <summary>Completed commands, with their outcomes.</summary>
    public List<(ChatMessage Message, string Verb, string Outcome)> Records { get; } = [];

    public Task<AuditReceipt> ReceivedAsync(ChatMessage message, string verb, CancellationToken cancellationToken)
    {
        Received.Add((message, verb));
        return Task.FromResult(new AuditReceipt(++_next, message, verb, 0));
    }

    public Task CompletedAsync(AuditReceipt receipt, string outcome, CancellationToken cancellationToken)
    {
        Records.Add((receipt.Message, receipt.Verb, outcome));
        return Task.CompletedTask;
    }
}
