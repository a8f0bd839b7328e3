using System.Diagnostics;
using System.Runtime.CompilerServices;
using ChatOps.Audit;
using ChatOps.Engine;
using ChatOps.Options;
using ChatOps.Parsers;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Routing;
using ChatOps.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// /docker_image_create: validate, offer an existing image that already has everything (unless force=true), vet
/// the request, then queue the build (joining an identical one) and stream its progress up to the image card.
/// </summary>
internal sealed class CreateImageHandler(
    ExistingImageFinder finder,
    IPackageVetting vetting,
    BuildQueue queue,
    IOptions<ImagesOptions> options,
    IAuditDetails? audit = null) : CommandHandler<CreateImageCommand>
{
    /// <summary>The catalogue's usage line: the request's values were not well formed.</summary>
    private static readonly string Usage = CommandCatalog.Find("/docker_image_create")!.Usage;

    protected override async IAsyncEnumerable<Reply> HandleAsync(CreateImageCommand command, ChatMessage message, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (spec, refusal) = CreateRequestValidator.Validate(command, options.Value);
        if (spec is null)
        {
            yield return new ErrorReply(refusal!, Usage);
            yield break;
        }

        // From the first moment: the index look-ups below take seconds, so say what is being checked.
        var started = Stopwatch.GetTimestamp();
        yield return new ProgressReply(BuildStages.ActivityOf(spec.Repository), CheckedPackages(spec))
        {
            Stage = BuildStages.CheckingRequest,
            Elapsed = TimeSpan.Zero,
        };

        if (!command.Force && await finder.FindProvidingAsync(spec, cancellationToken) is { } existing)
        {
            var provides = spec.Dependencies.Select(d => d.ToString()).Concat(spec.Packages.Select(p => p.ToString())).ToList();
            var asked = string.Join(", ", provides);
            yield return new TextReply(
                $"{existing.Reference} already provides {(asked.Length == 0 ? "everything asked for" : asked)} on {existing.BaseImage}: use it, " +
                "or add force=true to build a new image anyway.")
            {
                Data = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["existing_image"] = existing.Reference,
                    ["base"] = existing.BaseImage,
                    ["provides"] = provides,
                },
            };
            yield break;
        }

        var report = await vetting.VetRequestAsync(command with { Base = spec.Base }, spec.Base, cancellationToken);
        if (report.Refused)
        {
            var refusedBy = VettingRefusal.Of(report, $"{spec.Repository} was not built");
            yield return new ErrorReply(refusedBy.Message, Usage, Detail: refusedBy.Detail);
            yield break;
        }

        var (job, shared, notRecorded) = await EnqueueAsync(spec, message, cancellationToken);
        if (job is null)
        {
            yield return notRecorded!;
            yield break;
        }
        var detail = new BuildAuditDetail();
        var waiting = true;
        try
        {
            if (shared) yield return new TextReply($"An identical create of {spec.Repository} is already under way; you will get the same image.");
            var progress = job.Subscribe();
            while (true)
            {
                var (next, cancelled) = await NextAsync(progress, cancellationToken);
                if (cancelled)
                {
                    waiting = false;
                    var others = queue.Leave(job);
                    if (others > 0)
                    {
                        yield return new TextReply($"You stopped waiting; the build of {spec.Repository} goes on for the {others} other{(others == 1 ? "" : "s")} waiting on it.");
                        yield break;
                    }
                    // The last one out: the build is being cancelled. Say what really happened once it stopped.
                    break;
                }
                if (next is null) break;
                detail.Saw(next);
                // Elapsed since this requester asked, the check included, whoever started the shared build.
                yield return next is ProgressReply step ? step with { Elapsed = Stopwatch.GetElapsedTime(started) } : next;
            }
            waiting = false;

            var outcome = await BuildOutcome.OfAsync(job.Outcome, spec.Repository);
            await RecordAsync(message, detail.Json(spec, outcome, job.Dockerfile));
            yield return outcome.Reply ?? throw new OperationCanceledException($"the build of {spec.Repository} was cancelled", cancellationToken);
        }
        finally
        {
            // An adapter that stops reading (a deadline, a closed connection) leaves as a cancel would.
            if (waiting) queue.Leave(job);
        }
    }

    private Task RecordAsync(ChatMessage message, string json) =>
        audit?.DetailAsync(message, "build", json, CancellationToken.None) ?? Task.CompletedTask;

    /// <summary>Journals and queues the create; a create the journal cannot record is refused rather than run unrecorded.</summary>
    private async Task<(BuildJob? Job, bool Shared, ErrorReply? NotRecorded)> EnqueueAsync(ImageSpec spec, ChatMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var (job, shared) = await queue.EnqueueAsync(spec, message, cancellationToken);
            return (job, shared, null);
        }
        catch (Exception failure) when (failure is SqliteException or IOException or UnauthorizedAccessException)
        {
            // A build nobody could account for after a crash is what the journal exists to prevent.
            return (null, false, new ErrorReply($"{spec.Repository} was not queued: the create could not be recorded in the build journal ({failure.Message}); nothing was built."));
        }
    }

    /// <summary>"requests, mechanize on the Python package index; wget in the OS package index of demisto/python3-deb:3.11.2.1".</summary>
    private static string CheckedPackages(ImageSpec spec)
    {
        var checks = new List<string>();
        if (spec.Dependencies.Count > 0) checks.Add($"{string.Join(", ", spec.Dependencies.Select(d => d.Name))} on the Python package index");
        if (spec.Packages.Count > 0) checks.Add($"{string.Join(", ", spec.Packages.Select(p => p.Name))} in the OS package index of {spec.Base}");
        return checks.Count == 0 ? $"looking for an image that already provides {spec.Base}" : string.Join("; ", checks);
    }

    /// <summary>The next progress reply; null when the build ended; Cancelled when the requester stopped waiting.</summary>
    private static async Task<(Reply? Next, bool Cancelled)> NextAsync(System.Threading.Channels.ChannelReader<Reply> progress, CancellationToken cancellationToken)
    {
        try
        {
            if (!await progress.WaitToReadAsync(cancellationToken)) return (null, false);
            return (await progress.ReadAsync(cancellationToken), false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (null, true);
        }
    }
}
