using System.Diagnostics;
using ChatOps.Engine;
using ChatOps.Images.Check;
using ChatOps.Options;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// One create, from a vetted spec to a recorded image: allocate the tag, generate and build into a private staging
/// tag, look inside (the build's own last step does that), vet what pip really installed (<see cref="StageAsync"/>),
/// and only then apply the final tag (and push, <see cref="PublishAsync"/>), at once or once the image is approved.
/// Whatever fails, the staging tag is removed, so a failed create leaves no tag behind.
/// </summary>
internal sealed class ImageBuilder(
    IImageEngine engine,
    BaseOsDetector osDetector,
    TagAllocator tags,
    ImageVerifier verifier,
    IPackageVetting vetting,
    ImagePublisher publisher,
    ImageMetadataStore metadata,
    ImageDiligenceStore diligence,
    BuildRecordStore builds,
    TimeProvider clock,
    IOptions<ImagesOptions> options)
{
    /// <summary>
    /// Allocates the tag, builds into a staging tag, checks and vets: the image is left under its staging tag for
    /// <see cref="PublishAsync"/> (at once, or once approved). Whatever fails on the way, the staging tag is removed.
    /// </summary>
    /// <param name="started">Told the tag and the Dockerfile before anything is built, so a crash from then on leaves a record of the number.</param>
    public async Task<StagedImage> StageAsync(ImageSpec spec, ChatMessage requester, IProgress<Reply> progress, Func<BuildStart, Task> started, CancellationToken cancellationToken)
    {
        var clockStarted = Stopwatch.GetTimestamp();
        // The OS only decides how packages are installed: a dependencies-only create does not pay for looking.
        BaseOs? os = spec.Packages.Count > 0 ? await osDetector.DetectAsync(spec.Base.ToString(), cancellationToken) : null;
        var tag = await tags.AllocateAsync(spec.Repository, cancellationToken);
        var requestedBy = $"{requester.Platform}/{requester.User}";
        // Pure text: generating it before telling the journal changes nothing a crash could leave behind.
        var files = DockerfileGenerator.Generate(new DockerfileRequest(
            spec, os, tag, options.Value.IndexUrl, clock.GetUtcNow(), requestedBy, options.Value.Labels));
        await started(new BuildStart(tag, files.Dockerfile));
        var activity = BuildStages.ActivityOf(spec.Repository);
        progress.Report(new ProgressReply(activity, $"building {spec.Repository}:{tag} on {spec.Base}") { Stage = BuildStages.Starting });

        var staging = $"{options.Value.StagingRepository}/{spec.Repository.Replace('/', '-')}:{tag}-{Guid.NewGuid():N}";
        try
        {
            (string Id, string? CheckAnswer, IReadOnlyList<string> LogTail) built;
            using (var context = BuildContextArchive.Create(files))
            {
                built = await BuildAsync(context, staging, activity, files.StepNames, progress, cancellationToken);
            }

            // The build's last step normally answered already; only a cached step leaves the bot to look itself.
            if (built.CheckAnswer is null) progress.Report(new ProgressReply(activity, BuildStages.Checking) { Stage = BuildStages.Checking });
            var found = await verifier.VerifyAsync(built.Id, spec, built.CheckAnswer, cancellationToken);
            if (found.Problems.Count > 0)
                throw new ImageCreateException($"{spec.Repository}:{tag} was built but does not provide what was asked: {string.Join("; ", found.Problems)}");

            progress.Report(new ProgressReply(activity, $"{found.Distributions.Count} Python packages installed") { Stage = BuildStages.Vetting });
            var report = await vetting.VetInstalledAsync(found.Distributions, cancellationToken);
            // The due-diligence section of the reply: every installed package, its licence and verdict, pass or fail.
            progress.Report(VettingReportFormatter.ToTable(report));
            if (report.Refused) throw VettingRefusal.Of(report, $"{spec.Repository}:{tag} installs what the vetting refuses");

            return new StagedImage(spec, tag, staging, built.Id, found, report, files.Dockerfile, built.LogTail,
                requestedBy, requester.Channel, requester.Text, Stopwatch.GetElapsedTime(clockStarted));
        }
        catch
        {
            await engine.RemoveImageAsync(staging, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Gives a staged image its final tag (never over an existing one), pushes it, and records it; the staging tag is
    /// removed whatever happens. A final tag applied by a publication that then failed is taken back.
    /// </summary>
    public async Task<ImageRecord> PublishAsync(StagedImage staged, IProgress<Reply> progress, CancellationToken cancellationToken)
    {
        var (spec, tag) = (staged.Spec, staged.Tag);
        var tagged = false;
        try
        {
            await tags.ApplyAsync(staged.ImageId, spec.Repository, tag, cancellationToken);
            tagged = true;
            await publisher.PushAsync(spec.Repository, tag, progress, BuildStages.ActivityOf(spec.Repository), cancellationToken);

            var image = await engine.InspectImageAsync(staged.ImageId, cancellationToken)
                ?? throw new ImageCreateException($"{staged.Reference} disappeared from the engine right after it was built.");
            var record = new ImageRecord(
                spec.Repository, tag, image.Id, spec.Base.ToString(), spec.Key, staged.Found.PythonVersion, staged.Found.Distributions, staged.Found.OsPackages,
                image.Size, image.Created, staged.BuildTime);
            await metadata.SaveAsync(record, cancellationToken);
            await diligence.SaveAsync(spec.Repository, tag, staged.Report, cancellationToken);
            await builds.SaveAsync(record.Reference, new BuildRecord(
                image.Id, staged.Dockerfile, staged.RequestedBy, staged.Channel, staged.Request, staged.LogTail), cancellationToken);
            return record;
        }
        catch when (tagged)
        {
            // The final tag was applied but the create did not finish (push or record failed): take it back.
            await engine.RemoveImageAsync(staged.Reference, CancellationToken.None);
            throw;
        }
        finally
        {
            await engine.RemoveImageAsync(staged.Staging, CancellationToken.None);
        }
    }

    /// <summary>
    /// Builds into the staging tag; returns the image id, the answer the check at the end of the last RUN
    /// printed (none when that step came from the cache) and the last lines of the build's log.
    /// </summary>
    private async Task<(string Id, string? CheckAnswer, IReadOnlyList<string> LogTail)> BuildAsync(
        Stream context, string staging, string activity, IReadOnlyList<string> stepNames, IProgress<Reply> progress, CancellationToken cancellationToken)
    {
        var answers = new List<string>();
        var tail = new Queue<string>();
        string? shownStage = null;
        string imageId;
        try
        {
            imageId = await engine.BuildImageAsync(
                new EngineBuildRequest(context, staging),
                new InlineProgress<EngineBuildProgress>(step =>
                {
                    // The check's answer is data for the bot, not a progress line for the chat.
                    if (ImageCheck.IsAnswer(step.Line))
                    {
                        answers.Add(step.Line);
                        return;
                    }
                    // The log tail keeps the engine's lines as they were (the record), the progress a cleaned one.
                    tail.Enqueue(step.Line);
                    if (tail.Count > options.Value.BuildLogTailLines) tail.Dequeue();
                    // The step's name rather than its number: a count that sits at 4/7 through a whole apt install
                    // tells nothing; "installing OS packages: wget" and apt's last line do.
                    var stage = step.Step is { } n && n >= 1 && n <= stepNames.Count ? stepNames[n - 1] : BuildStages.Building;
                    var line = BuildOutputLine.Clean(step.Line);
                    if (line is null && stage == shownStage) return;
                    shownStage = stage;
                    progress.Report(new ProgressReply(activity, line ?? stage) { Stage = stage });
                }),
                cancellationToken);
        }
        catch (EngineBuildException failure)
        {
            throw new ImageCreateException($"the build failed at {failure.FailingStep ?? "its start"}: {failure.Error}", string.Join('\n', failure.LastLines), failure);
        }
        return (imageId, ImageCheck.SingleAnswer(answers), tail.ToList());
    }
}
