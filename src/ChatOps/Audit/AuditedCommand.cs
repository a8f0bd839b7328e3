using Microsoft.Extensions.Logging;

namespace ChatOps.Audit;

/// <summary>
/// A command whose "received" record is written; completing it writes the outcome. Disposed without completing
/// (the caller stopped reading the replies), it is completed as abandoned rather than left open until a restart
/// calls it interrupted.
/// </summary>
internal sealed class AuditedCommand : IAsyncDisposable
{
    private readonly IAuditLog _audit;
    private readonly AuditReceipt _receipt;
    private readonly ILogger _logger;
    private bool _completed;

    private AuditedCommand(IAuditLog audit, AuditReceipt receipt, ILogger logger) => (_audit, _receipt, _logger) = (audit, receipt, logger);

    /// <summary>The received record written, or null when it could not be: then the command must not run.</summary>
    public static async Task<AuditedCommand?> BeginAsync(IAuditLog audit, ChatMessage message, string verb, ILogger logger)
    {
        try
        {
            // Not the caller's token: a command cancelled at once is still recorded.
            return new AuditedCommand(audit, await audit.ReceivedAsync(message, verb, CancellationToken.None), logger);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not write the audit record for {Verb}; it is not run", verb);
            return null;
        }
    }

    /// <summary>The id of the received row, which the handler's details refer to.</summary>
    public long Id => _receipt.Id;

    public async Task CompleteAsync(string outcome)
    {
        if (_completed) return;
        _completed = true;
        try
        {
            await _audit.CompletedAsync(_receipt, outcome, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The received record stands; the next start will call it interrupted.
            _logger.LogWarning(exception, "Could not write the completion of audit row {Id} ({Verb})", _receipt.Id, _receipt.Verb);
        }
    }

    public async ValueTask DisposeAsync() => await CompleteAsync("abandoned: the replies were not read to the end");
}
