using ChatOps.Access;
using ChatOps.Audit;
using ChatOps.Delivery;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Replies;
using ChatOps.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Images.Approvals;

/// <summary>
/// Images:RequireApproval: a vetted build waits under its staging tag as an approval request until another person
/// approves it (it gets its final tag, as an unapproved create would have), denies it, or it expires (its staging
/// tag is removed). Who may decide at all is the access policy's (images.approve, admins); that a requester never
/// approves their own request is decided here, the same words on every platform. The staged image is on the engine
/// it was built on (<see cref="StagedImage.Engine"/>): what is done with it is done there.
/// </summary>
internal sealed class ImageApprovals(
    ApprovalStore store, ImageBuilder builder, IImageEngine engine, CurrentEngine current, IKeptResults kept, IAuditLog audit,
    IOptions<ImagesOptions> options, TimeProvider clock, ILogger<ImageApprovals> logger)
{
    public const string ExpiredReason = "your image's approval request expired";

    /// <summary>Records the staged image as pending; when that cannot be recorded, the staged image is removed and the create fails.</summary>
    public async Task<ApprovalRequest> OpenAsync(StagedImage staged, IReadOnlyList<ChatMessage> requesters, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var principals = requesters.Select(PrincipalOf).Distinct(StringComparer.Ordinal).ToList();
        try
        {
            return await store.OpenAsync(staged, requesters[0], principals, now, now + options.Value.ApprovalExpiry, cancellationToken);
        }
        catch
        {
            // A staged image nobody could approve would only wait for the leftover sweep: take it away now.
            await engine.RemoveImageAsync(staged.Staging, CancellationToken.None);
            throw;
        }
    }

    public async Task<ApprovalDecision> ApproveAsync(long id, ChatMessage message, IProgress<Reply> progress, CancellationToken cancellationToken)
    {
        var decider = PrincipalOf(message);
        var request = await store.FindAsync(id, cancellationToken);
        if (Undecidable(id, request) is { } closed) return closed;
        if (request!.Requesters.Contains(decider, StringComparer.Ordinal))
        {
            logger.LogWarning("{Decider} tried to approve their own approval request {Id} ({Image})", decider, id, request.Staged.Reference);
            return ApprovalDecision.Refused(
                $"{decider} may not approve approval request {id}: {request.Staged.Reference} is their own request. Someone else with images.approve must approve it.",
                "refused: own request", request);
        }

        var claimed = await store.TryClaimAsync(id, decider, clock.GetUtcNow(), cancellationToken);
        if (claimed is null) return Undecidable(id, await store.FindAsync(id, cancellationToken)) ?? Gone(id);
        using var onItsEngine = current.Use(claimed.Staged.Engine);
        try
        {
            // Removed by hand, or by an engine that lost it: say so rather than let the engine's tag call fail obscurely.
            if (await engine.InspectImageAsync(claimed.Staged.Staging, cancellationToken) is null)
                throw new ImageCreateException($"its staged image {claimed.Staged.Staging} is no longer in the engine");
            var record = await builder.PublishAsync(claimed.Staged, progress, cancellationToken);
            await store.FinishClaimAsync(id, approved: true, $"approved {record.Reference}", clock.GetUtcNow(), CancellationToken.None);
            logger.LogInformation("{Decider} approved request {Id}: {Image}", decider, id, record.Reference);
            return new ApprovalDecision(
                [new TextReply($"{decider} approved request {id}: {record.Reference} has its final tag."), ImageCard.Of(record)],
                "approved " + record.Reference, claimed);
        }
        catch (Exception failure)
        {
            // Whatever stopped it (a cancel included), the staged image is gone: the request must not stay "approving".
            await store.FinishClaimAsync(id, approved: false, "failed: " + failure.Message, clock.GetUtcNow(), CancellationToken.None);
            if (failure is not (ImageCreateException or EngineOperationException or EngineUnavailableException)) throw;
            return ApprovalDecision.Failed(
                $"Approval request {id} was approved but {claimed.Staged.Reference} could not be tagged: {failure.Message}. Nothing was tagged and the staged image is gone; run the create again.",
                "failed: " + failure.Message, claimed);
        }
    }

    public async Task<ApprovalDecision> DenyAsync(long id, ChatMessage message, CancellationToken cancellationToken)
    {
        var decider = PrincipalOf(message);
        if (Undecidable(id, await store.FindAsync(id, cancellationToken)) is { } closed) return closed;
        var denied = await store.TryDenyAsync(id, decider, clock.GetUtcNow(), cancellationToken);
        if (denied is null) return Undecidable(id, await store.FindAsync(id, cancellationToken)) ?? Gone(id);
        using (current.Use(denied.Staged.Engine)) await engine.RemoveImageAsync(denied.Staged.Staging, CancellationToken.None);
        // A requester may take back their own request: that decides nothing for anyone else.
        var how = denied.Requesters.Contains(decider, StringComparer.Ordinal) ? "withdrew" : "denied";
        logger.LogInformation("{Decider} {How} approval request {Id} ({Image})", decider, how, id, denied.Staged.Reference);
        return new ApprovalDecision(
            [new TextReply($"{decider} {how} approval request {id}: {denied.Staged.Reference} was not tagged and its staged image was removed.")],
            $"{how} {denied.Staged.Reference}", denied);
    }

    /// <summary>Expires every request whose time is up: staging tag removed, requester told at their next command, on the audit chain.</summary>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken)
    {
        var expired = await store.ClaimExpiredAsync(clock.GetUtcNow(), cancellationToken);
        foreach (var request in expired)
        {
            var reference = request.Staged.Reference;
            using (current.Use(request.Staged.Engine)) await engine.RemoveImageAsync(request.Staged.Staging, CancellationToken.None);
            logger.LogInformation("Approval request {Id} ({Image}) expired; its staged image was removed", request.Id, reference);
            await RecordExpiryAsync(request);
            await TellAsync(request.Requester, new TextReply(
                $"Approval request {request.Id} for {reference} expired at {ShownTime.Of(request.ExpiresAt)}: nobody approved it, so it was not tagged and its staged image was removed. Run the create again to ask anew."));
        }
        return expired.Count;
    }

    /// <summary>The requests waiting for a decision, oldest first.</summary>
    public Task<IReadOnlyList<ApprovalRequest>> PendingAsync(CancellationToken cancellationToken) => store.PendingAsync(clock.GetUtcNow(), cancellationToken);

    public Task<IReadOnlySet<string>> HeldStagingAsync(CancellationToken cancellationToken) => store.HeldStagingAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>The answer when the request cannot be decided (unknown, decided, expired); null when it is pending and in time.</summary>
    private ApprovalDecision? Undecidable(long id, ApprovalRequest? request)
    {
        if (request is null) return Gone(id);
        var reference = request.Staged.Reference;
        var by = request.DecidedBy is null ? "" : $" by {request.DecidedBy}";
        return request.State switch
        {
            ApprovalState.Pending when request.ExpiresAt <= clock.GetUtcNow() =>
                ApprovalDecision.Failed($"Approval request {id} for {reference} expired at {ShownTime.Of(request.ExpiresAt)}; run the create again.", "expired", request),
            ApprovalState.Pending => null,
            ApprovalState.Approving => ApprovalDecision.Failed($"Approval request {id} for {reference} is being approved{by} right now.", "being approved", request),
            ApprovalState.Approved => ApprovalDecision.Failed($"Approval request {id} was approved already{by}: {reference} has its final tag.", "approved already", request),
            ApprovalState.Denied => ApprovalDecision.Failed($"Approval request {id} for {reference} was denied{by}; nothing was tagged.", "denied already", request),
            ApprovalState.Expired => ApprovalDecision.Failed($"Approval request {id} for {reference} expired; run the create again.", "expired", request),
            _ => ApprovalDecision.Failed($"Approval request {id} for {reference} failed earlier; run the create again.", "failed already", request),
        };
    }

    private static ApprovalDecision Gone(long id) =>
        ApprovalDecision.Failed($"There is no approval request {id}; the id is the number the approval request shows.", "no such request", null);

    /// <summary>The same principal the access policy sees ("slack:U0123", "console:ann"): what self-approval is judged by.</summary>
    private static string PrincipalOf(ChatMessage message) => Principals.Of(message, localUser: "").User;

    private async Task RecordExpiryAsync(ApprovalRequest request)
    {
        try
        {
            var line = $"(approval request {request.Id} for {request.Staged.Reference} expired)";
            var receipt = await audit.ReceivedAsync(request.Requester with { Text = line }, "(approval expiry)", CancellationToken.None);
            await audit.CompletedAsync(receipt, $"expired: {request.Staged.Reference} removed, not approved within {options.Value.ApprovalExpiry}", CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not record the expiry of approval request {Id} in the audit log", request.Id);
        }
    }

    private async Task TellAsync(ChatMessage requester, Reply reply)
    {
        try
        {
            await kept.KeepAsync(requester, [reply], ExpiredReason, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not keep the expiry notice for {User} in {Channel} on {Platform}", requester.User, requester.Channel, requester.Platform);
        }
    }
}
