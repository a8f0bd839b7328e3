using ChatOps.Engine;
using ChatOps.Images.Approvals;
using ChatOps.Images.Journal;
using ChatOps.Options;
using ChatOps.Replies;
using Microsoft.Extensions.Options;
using ChatOps.Storage;
using ChatOps.Telemetry;

namespace ChatOps.Images;

/// <summary>
/// As many builds run at once as the engines have build slots (<see cref="BuildPlacement"/>: each engine's
/// BuildCapacity, by default Images:MaxConcurrentBuilds), each on the engine with the most free slots when it
/// starts, and all of it there (<see cref="CurrentEngine"/>); the others wait in order of arrival and are told their place.
/// An identical request (same canonical spec) arriving while one is queued or building joins it instead of
/// starting a second build. A build runs as long as someone waits on it: one user going away does not cancel a
/// build others share, but when the last one leaves, the build is cancelled in the engine (a queued one never
/// starts). Every request is in the build journal before it joins the queue, and its build's tag and outcome
/// follow, so a restart after a crash can account for each one (see <see cref="InterruptedBuilds"/>).
/// </summary>
internal sealed class BuildQueue(ImageBuilder builder, ImageApprovals approvals, BuildJournal journal, BuildOutcomeRecorder outcomes, IOptions<ImagesOptions> options,
    BuildPlacement placement, CurrentEngine current, EngineSet engines, ChatOpsMetrics? metrics = null, TimeProvider? time = null)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, BuildJob> _active = new(StringComparer.Ordinal);
    private readonly List<BuildJob> _waiting = [];

    /// <summary>
    /// Journals the request, then the job building this spec, joined (the caller must <see cref="Leave"/> it if it
    /// stops waiting before the outcome); Shared says whether it was already under way for someone else.
    /// </summary>
    public async Task<(BuildJob Job, bool Shared)> EnqueueAsync(ImageSpec spec, ChatMessage requester, CancellationToken cancellationToken)
    {
        // Before the queue and so before any reply: an accepted create is on record whatever happens next.
        var journalId = await journal.AcceptAsync(requester, spec, cancellationToken);
        lock (_gate)
        {
            if (_active.TryGetValue(spec.Key, out var existing) && existing.Join())
            {
                // Under the gate, as the job's end takes its rows: a row is either in that or joins a later job.
                existing.Journaled(journalId, requester);
                return (existing, true);
            }
            var job = new BuildJob(spec, requester);
            job.Journaled(journalId, requester);
            job.Join();
            Start(job);
            return (job, false);
        }
    }

    /// <summary>The requester stopped waiting; returns how many others still wait (0: the build is being cancelled).</summary>
    public int Leave(BuildJob job)
    {
        lock (_gate)
        {
            var remaining = job.Leave();
            // A cancelled job is no longer one to join: an identical request from now on starts afresh.
            if (job.Cancelled.IsCancellationRequested && _active.GetValueOrDefault(job.Spec.Key) == job) _active.Remove(job.Spec.Key);
            return remaining;
        }
    }

    /// <summary>
    /// Queues again the journaled requests of one spec whose wait a restart ended; nobody waits on them live, so the
    /// build runs to its end whoever comes and goes, and they are told its outcome through the kept results.
    /// </summary>
    public BuildJob Resume(IReadOnlyList<JournalEntry> requests)
    {
        var spec = requests[0].Spec;
        lock (_gate)
        {
            // Resumed at start, before live requests, so this is rare; a live identical build takes them along.
            if (!_active.TryGetValue(spec.Key, out var job) || !job.Join())
            {
                job = new BuildJob(spec, requests[0].Requester, detached: true);
                Start(job);
            }
            foreach (var request in requests) job.Journaled(request.Id, request.Requester, absent: true);
            return job;
        }
    }

    /// <summary>Called under the gate.</summary>
    private void Start(BuildJob job)
    {
        _active[job.Spec.Key] = job;
        _waiting.Add(job);
        metrics?.BuildQueued();
        AnnouncePlaces();
        _ = Task.Run(() => RunAsync(job));
    }

    private async Task RunAsync(BuildJob job)
    {
        Task<BuildResult> build;
        BuildSlot slot;
        try
        {
            slot = await placement.TakeAsync(job.Cancelled);
        }
        catch (OperationCanceledException)
        {
            // Everyone left before a slot was free: it never starts.
            Remove(job);
            var never = Task.FromCanceled<BuildResult>(job.Cancelled);
            await outcomes.RecordAsync(job, never);
            job.Finish(never);
            return;
        }
        try
        {
            lock (_gate)
            {
                LeaveQueue(job);
                AnnouncePlaces();
            }
            var clock = time ?? TimeProvider.System;
            var started = clock.GetTimestamp();
            // Every engine call of this build from here (its own awaits only) goes to the slot's engine.
            using (current.Use(slot.Engine))
            {
                if (engines.All.Count > 1)
                    job.Publish(new ProgressReply(BuildStages.ActivityOf(job.Spec.Repository), $"building on engine {slot.Engine.Name}") { Stage = BuildStages.Starting });
                build = BuildAsync(job, slot.Engine.Name);
            }
            try
            {
                await build;
            }
            catch
            {
                // The outcome, failure included, is handed to every waiter below.
            }
            metrics?.BuildFinished(build.IsCompletedSuccessfully ? "ok" : build.IsCanceled ? "cancelled" : "failed", clock.GetElapsedTime(started));
        }
        finally
        {
            slot.Dispose();
        }
        // Off the active list first: from here nobody joins, so the journal rows taken below are all of them.
        Remove(job);
        await outcomes.RecordAsync(job, build);
        job.Finish(build);
    }

    private async Task<BuildResult> BuildAsync(BuildJob job, string engine)
    {
        try
        {
            var progress = new InlineProgress<Reply>(job.Publish);
            var staged = await builder.StageAsync(job.Spec, job.Requester, progress, start =>
            {
                job.Started(start);
                return journal.BuildingAsync(job.JournalIds, start.Tag, job.Cancelled);
            }, job.Cancelled);
            // Images:RequireApproval: the staged image waits for someone other than its requesters to approve it.
            return options.Value.RequireApproval
                ? BuildResult.Pending(await approvals.OpenAsync(staged with { Engine = engine }, job.Requesters, job.Cancelled))
                : BuildResult.Tagged(await builder.PublishAsync(staged, progress, job.Cancelled));
        }
        catch (Exception exception) when (exception is not OperationCanceledException && job.Cancelled.IsCancellationRequested)
        {
            // A stream cut by our own cancellation can surface as an I/O error; it is the cancellation all the same.
            throw new OperationCanceledException("the build was cancelled", exception, job.Cancelled);
        }
    }

    private void Remove(BuildJob job)
    {
        lock (_gate)
        {
            LeaveQueue(job);
            if (_active.GetValueOrDefault(job.Spec.Key) == job) _active.Remove(job.Spec.Key);
            AnnouncePlaces();
        }
    }

    /// <summary>Called under the gate; counts the job out of the queue depth once.</summary>
    private void LeaveQueue(BuildJob job)
    {
        if (_waiting.Remove(job)) metrics?.BuildLeftQueue();
    }

    /// <summary>Tells every waiting job its place (1 = next to start). Called under the gate.</summary>
    private void AnnouncePlaces()
    {
        for (var i = 0; i < _waiting.Count; i++)
        {
            if (i < placement.FreeCount) continue; // a free slot will take it at once: no queue to speak of
            var job = _waiting[i];
            job.Publish(new ProgressReply(BuildStages.ActivityOf(job.Spec.Repository), $"place {i + 1} in the queue ({placement.FreeCount} of {placement.Capacity} free)")
            {
                Stage = BuildStages.Queued,
            });
        }
    }
}
