using ChatOps.Telemetry;
using Microsoft.Extensions.Logging;

namespace ChatOps.Audit;

/// <summary>
/// The audit log, watched: each completed command becomes one log line carrying its audit id (so a log line leads
/// to its row in audit_log and back) and one count and duration in the metrics. Every command, refused and
/// unparsed ones included, passes through its completion here, which is why the watching sits on the audit log
/// rather than in the war room. The line as typed stays out of the log: it may hold an argument the audit
/// database (0600) keeps but a log shipper should not.
/// </summary>
internal sealed class ObservedAuditLog(IAuditLog inner, ChatOpsMetrics metrics, TimeProvider time, ILogger logger) : IAuditLog
{
    /// <summary>The category of the one-line-per-command log; `chatops serve` shows it at Information.</summary>
    public const string Category = "ChatOps.Commands";

    public Task<AuditReceipt> ReceivedAsync(ChatMessage message, string verb, CancellationToken cancellationToken) =>
        inner.ReceivedAsync(message, verb, cancellationToken);

    public async Task CompletedAsync(AuditReceipt receipt, string outcome, CancellationToken cancellationToken)
    {
        await inner.CompletedAsync(receipt, outcome, cancellationToken);
        var duration = time.GetElapsedTime(receipt.StartedTimestamp);
        metrics.CommandCompleted(receipt.Verb, receipt.Message.Platform, outcome, duration);
        logger.LogInformation("command {Verb} by {Platform}:{User} in {Channel}: {Outcome} ({DurationMs} ms, audit {AuditId})",
            receipt.Verb, receipt.Message.Platform, receipt.Message.User, receipt.Message.Channel, outcome,
            (long)duration.TotalMilliseconds, receipt.Id);
    }
}
