using ChatOps.Images.Approvals;
using ChatOps.Options;
using ChatOps.Replies;
using ChatOps.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Images.Journal;

/// <summary>
/// Takes up, at the next start, the creates a stop of the bot (kill -9, a crash) left unfinished in the build journal,
/// one build per spec in the order their first requests arrived, which was the queue's order:
/// - a build whose image was recorded after all (the bot died before closing the journal) is finished: its
///   requesters get the image card; so is one whose staged image became an approval request (Images:RequireApproval):
///   they get the request, which waits in its own table;
/// - a build that had its tag has its number released or left unused (<see cref="UnusedBuildNumbers"/>) and is
///   built again, at most Images:InterruptedBuildRetries times, then failed;
/// - a queued one is queued again.
/// Every requester is told through the kept results, shown first at their next command in that channel: now that
/// their create was resumed (or failed), and later its outcome (see <see cref="BuildOutcomeRecorder"/>).
/// </summary>
internal sealed class InterruptedBuilds(
    BuildJournal journal,
    BuildQueue queue,
    BuildOutcomeRecorder outcomes,
    UnusedBuildNumbers numbers,
    ImageMetadataStore metadata,
    ApprovalStore approvals,
    IOptions<ImagesOptions> options,
    ILogger<InterruptedBuilds> logger)
{
    /// <summary>Returns how many requests were taken up.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var entries = await journal.ClaimInterruptedAsync(cancellationToken);
        if (entries.Count > 0) logger.LogWarning("{Count} creates were interrupted by the last stop of the bot; taking them up", entries.Count);
        // GroupBy keeps the order of each group's first element, and the entries come oldest first.
        foreach (var requests in entries.GroupBy(e => e.Spec.Key, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            try
            {
                await RecoverAsync(requests, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One build that cannot be taken up must not keep the others back; its rows stay open for the next start.
                logger.LogError(exception, "Could not take up the interrupted create of {Repository}", requests[0].Spec.Repository);
            }
        }
        return entries.Count;
    }

    private async Task RecoverAsync(List<JournalEntry> requests, CancellationToken cancellationToken)
    {
        var spec = requests[0].Spec;
        var ids = requests.Select(r => r.Id).ToList();
        var tags = requests.Select(r => r.Tag).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in tags)
        {
            var made = await metadata.FindAsync(spec.Repository, tag, cancellationToken);
            // Building it again would stage a second image and ask for a second approval of the same create.
            var asked = made is null ? await approvals.FindByReferenceAsync($"{spec.Repository}:{tag}", cancellationToken) : null;
            if (made is null && asked is null) continue;
            var finished = new BuildOutcome(made, null, asked);
            await TellAllAsync(requests, finished.Reply!, finished.Summary);
            await journal.FinishAsync(ids, finished.Summary, cancellationToken, "finished before the stop; the journal missed its end");
            return;
        }

        var notes = new List<string>();
        foreach (var tag in tags) notes.Add(await numbers.ReclaimAsync(spec.Repository, tag, cancellationToken));
        var note = notes.Count == 0 ? null : string.Join("; ", notes);
        var wasBuilding = tags.Count > 0;
        var attempts = requests.Max(r => r.Attempts) + (wasBuilding ? 1 : 0);
        if (wasBuilding && attempts > options.Value.InterruptedBuildRetries)
        {
            var failed = BuildOutcome.Failed(new ErrorReply(
                $"{spec.Repository} was not created: the bot stopped during its build {Times(attempts)}, so it is not tried again. Run the create again once the cause is known."));
            await TellAllAsync(requests, failed.Reply!, failed.Summary);
            await journal.FinishAsync(ids, failed.Summary, cancellationToken, note);
            logger.LogWarning("Interrupted create of {Repository} failed after {Attempts} interrupted builds ({Note})", spec.Repository, attempts, note);
            return;
        }

        await journal.RequeueAsync(ids, attempts, note, cancellationToken);
        var where = wasBuilding ? "while it was building" : "while it waited in the queue";
        await TellAllAsync(requests, new TextReply(
            $"Your create of {spec.Repository} was interrupted by a restart of the bot {where}; it is queued again, and its result will be shown here at your next command after it ends."),
            "resumed");
        queue.Resume(requests);
        logger.LogInformation("Resumed the interrupted create of {Repository} for {Count} requesters ({Note})", spec.Repository, requests.Count, note ?? "it was queued");
    }

    private async Task TellAllAsync(List<JournalEntry> requests, Reply reply, string summary)
    {
        foreach (var request in requests) await outcomes.TellAsync(request.Requester, reply, request.Spec.Repository, summary);
    }

    private static string Times(int attempts) => attempts == 1 ? "once" : $"{attempts} times";
}
