using ChatOps.Delivery;
using ChatOps.Replies;
using ChatOps.Storage;
using Microsoft.Extensions.Logging;

namespace ChatOps.Images.Journal;

/// <summary>
/// Closes a build's journal rows when it ends, and first tells the requesters nobody waits on live (resumed after a
/// restart) what became of their create, through the kept results they see at their next command in that channel.
/// Telling comes before closing: a crash in between tells them twice at worst, never not at all.
/// </summary>
internal sealed class BuildOutcomeRecorder(BuildJournal journal, IKeptResults kept, ILogger<BuildOutcomeRecorder> logger)
{
    public const string RestartReason = "the bot restarted before your create was done";

    public async Task RecordAsync(BuildJob job, Task<BuildResult> build)
    {
        var outcome = await OutcomeAsync(job, build);
        foreach (var requester in job.AbsentRequesters)
        {
            Reply told = outcome.Reply ?? new TextReply($"The build of {job.Spec.Repository} was cancelled after the restart; nothing was created.");
            await TellAsync(requester, told, job.Spec.Repository, outcome.Summary);
        }
        try
        {
            await journal.FinishAsync(job.JournalIds, outcome.Summary, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Left open, the rows are taken up at the next start, which finds the recorded image or builds again.
            logger.LogError(exception, "Could not close the build journal rows of {Repository} ({Outcome})", job.Spec.Repository, outcome.Summary);
        }
    }

    /// <summary>Keeps one reply for a requester who is not waiting live, and logs what they were told.</summary>
    public async Task TellAsync(ChatMessage requester, Reply reply, string repository, string summary)
    {
        try
        {
            await kept.KeepAsync(requester, [reply], RestartReason, CancellationToken.None);
            logger.LogInformation("Create of {Repository} by {User} in {Channel} on {Platform} after a restart: {Outcome}; kept for their next command",
                repository, requester.User, requester.Channel, requester.Platform, summary);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not keep the outcome of {Repository} ({Outcome}) for {User} in {Channel} on {Platform}",
                repository, summary, requester.User, requester.Channel, requester.Platform);
        }
    }

    private async Task<BuildOutcome> OutcomeAsync(BuildJob job, Task<BuildResult> build)
    {
        try
        {
            return await BuildOutcome.OfAsync(build, job.Spec.Repository);
        }
        catch (Exception exception)
        {
            // A failure the image side did not foresee still ends the build, and its requesters hear of it.
            logger.LogError(exception, "The build of {Repository} failed unexpectedly", job.Spec.Repository);
            return BuildOutcome.Failed(new ErrorReply($"{job.Spec.Repository} was not created: {exception.Message}"));
        }
    }
}
