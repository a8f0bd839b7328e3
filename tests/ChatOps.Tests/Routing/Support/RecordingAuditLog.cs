using ChatOps.Audit;

namespace ChatOps.Tests.Routing.Support;

/// <summary>Keeps audit records in memory so tests can see what the war room recorded.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public List<(ChatMessage Message, string Verb, string Outcome)> Records { get; } = [];

    public Task RecordAsync(ChatMessage message, string verb, string outcome, CancellationToken cancellationToken)
    {
        Records.Add((message, verb, outcome));
        return Task.CompletedTask;
    }
}
