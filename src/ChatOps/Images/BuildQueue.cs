using ChatOps.Options;
using ChatOps.Replies;
using Microsoft.Extensions.Options;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// At most MaxConcurrentBuilds builds run at once; the others wait in order of arrival and are told their place.
/// An identical request (same canonical spec) arriving while one is queued or building joins it instead of
/// starting a second build. Builds run on the queue's lifetime, not the requester's: one user going away does not
/// cancel a build others share.
/// </summary>
internal sealed class BuildQueue(ImageBuilder builder, IOptions<ImagesOptions> options)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentBuilds));
    private readonly object _gate = new();
    private readonly Dictionary<string, BuildJob> _active = new(StringComparer.Ordinal);
    private readonly List<BuildJob> _waiting = [];

    /// <summary>The job building this spec, joined if one is already active; Shared says whether it was.</summary>
    public (BuildJob Job, bool Shared) Enqueue(ImageSpec spec, ChatMessage requester)
    {
        BuildJob job;
        lock (_gate)
        {
            if (_active.TryGetValue(spec.Key, out var existing)) return (existing, true);
            job = new BuildJob(spec, requester);
            _active[spec.Key] = job;
            _waiting.Add(job);
            AnnouncePlaces();
        }
        _ = Task.Run(() => RunAsync(job));
        return (job, false);
    }

    private async Task RunAsync(BuildJob job)
    {
        Task<ImageRecord> build;
        await _slots.WaitAsync();
        try
        {
            lock (_gate)
            {
                _waiting.Remove(job);
                AnnouncePlaces();
            }
            build = builder.BuildAsync(job.Spec, job.Requester, new InlineProgress<Reply>(job.Publish), CancellationToken.None);
            try
            {
                await build;
            }
            catch
            {
                // The outcome, failure included, is handed to every waiter below.
            }
        }
        finally
        {
            _slots.Release();
        }
        lock (_gate) _active.Remove(job.Spec.Key);
        job.Finish(build);
    }

    /// <summary>Tells every waiting job its place (1 = next to start). Called under the gate.</summary>
    private void AnnouncePlaces()
    {
        for (var i = 0; i < _waiting.Count; i++)
        {
            if (i < _slots.CurrentCount) continue; // a free slot will take it at once: no queue to speak of
            var job = _waiting[i];
            job.Publish(new ProgressReply($"queue {job.Spec.Repository}", $"waiting for a build slot: place {i + 1} in the queue ({_slots.CurrentCount} of {options.Value.MaxConcurrentBuilds} free)"));
        }
    }
}
