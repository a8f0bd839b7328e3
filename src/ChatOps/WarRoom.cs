using System.Runtime.CompilerServices;
using ChatOps.Access;
using ChatOps.Audit;
using ChatOps.Parsers;
using ChatOps.Parsers.Commands;
using ChatOps.RateLimits;
using ChatOps.Replies;
using ChatOps.Routing;
using Microsoft.Extensions.Logging;

namespace ChatOps;

/// <summary>
/// Parses a chat line, routes the command to the one handler that takes it, streams that handler's replies and
/// audits the outcome. Knows no platform and no engine: those live in adapters and handlers.
/// </summary>
internal sealed class WarRoom(IEnumerable<ICommandHandler> handlers, IAuditLog audit, ILogger<WarRoom> logger, IAccessPolicy? access = null, ICommandRateLimits? limits = null,
    FollowUpRoutes? routes = null) : IWarRoom
{
    private readonly ICommandHandler[] _handlers = handlers.ToArray();

    public async IAsyncEnumerable<Reply> HandleAsync(ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!CommandParser.TryParse(message.Text, out var command, out var error))
        {
            yield return new ErrorReply(error.Message, error.Usage, error.Column, error.Input);
            await AuditAsync(message, "(unparsed)", "refused: " + error.Message);
            yield break;
        }

        // Governance before routing: a refused command reaches no handler, and the refusal is on record.
        if (access?.Refuse(message, command) is { } refusal)
        {
            yield return refusal;
            await AuditAsync(message, command.Verb, "refused: " + refusal.Message);
            yield break;
        }

        // After access, so a refused command does not use up the sender's share.
        if (limits?.Refuse(message, command) is { } limited)
        {
            yield return limited;
            await AuditAsync(message, command.Verb, "refused: " + limited.Message);
            yield break;
        }

        var handler = Array.Find(_handlers, h => h.CanHandle(command));
        if (handler is null)
        {
            yield return new ErrorReply($"{command.Verb} is not available on this server (no handler is configured for it).");
            await AuditAsync(message, command.Verb, "refused: no handler");
            yield break;
        }

        // Recorded before the handler runs, so a crash mid-command leaves a row the next start marks interrupted.
        await using var audited = await AuditedCommand.BeginAsync(audit, message, command.Verb, logger);
        if (audited is null)
        {
            yield return new ErrorReply($"{command.Verb} was not run: the audit log could not record it.");
            yield break;
        }

        // Beside the received row and gone with its completion: what a start finds is a crashed command's way back to its user.
        var routed = message.FollowUp is { } route && await KeepRouteAsync(audited.Id, route);
        try
        {
            await foreach (var reply in RunAsync(handler, command, message with { AuditId = audited.Id }, audited, cancellationToken)) yield return reply;
        }
        finally
        {
            if (routed) await ForgetRouteAsync(audited.Id);
        }
    }

    private async IAsyncEnumerable<Reply> RunAsync(ICommandHandler handler, ChatCommand command, ChatMessage message, AuditedCommand audited,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var outcome = "ok";
        await using var replies = handler.HandleAsync(command, message, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var stopped = false;
        while (!stopped)
        {
            Reply? reply;
            try
            {
                if (!await replies.MoveNextAsync()) break;
                reply = replies.Current;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                reply = new ErrorReply($"{command.Verb} was cancelled.");
                outcome = "cancelled";
                stopped = true;
            }
            catch (Exception exception)
            {
                // A failing handler ends this command only; the war room and the adapter keep serving.
                logger.LogError(exception, "{Verb} failed for {User} on {Platform}", command.Verb, message.User, message.Platform);
                reply = new ErrorReply($"{command.Verb} failed: {exception.Message}");
                outcome = "failed: " + exception.Message;
                stopped = true;
            }

            if (ReplyDisplay.ErrorOf(reply) is { } failure && outcome == "ok") outcome = (failure.Refusal ? "refused: " : "error: ") + failure.Message;
            yield return reply;
        }

        await audited.CompleteAsync(outcome);
    }

    private async Task<bool> KeepRouteAsync(long auditId, FollowUpRoute route)
    {
        if (routes is null) return false;
        try
        {
            await routes.KeepAsync(auditId, route, CancellationToken.None);
            return true;
        }
        catch (Exception exception)
        {
            // The command still runs: without its route, a crash is told at the user's next command instead.
            logger.LogWarning(exception, "Could not keep the follow-up route of audit row {Id}", auditId);
            return false;
        }
    }

    private async Task ForgetRouteAsync(long auditId)
    {
        try
        {
            await routes!.ForgetAsync(auditId, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Left behind, it is removed with the expired ones when a later start tells of interrupted commands.
            logger.LogWarning(exception, "Could not remove the follow-up route of audit row {Id}", auditId);
        }
    }

    private async Task AuditAsync(ChatMessage message, string verb, string outcome)
    {
        try
        {
            // Not the caller's token: a cancelled command is still recorded. Refused before running: received and
            // completed at once.
            var receipt = await audit.ReceivedAsync(message, verb, CancellationToken.None);
            await audit.CompletedAsync(receipt, outcome, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not write the audit record for {Verb}", verb);
        }
    }
}
