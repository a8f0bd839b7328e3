using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatOps.Audit;
using ChatOps.Content;
using ChatOps.Engine;
using ChatOps.Execution.Files;
using ChatOps.Execution.Integrations;
using ChatOps.Execution.Loop;
using ChatOps.Execution.Pool;
using ChatOps.Execution.Server;
using ChatOps.Options;
using ChatOps.Parsers.Commands;
using ChatOps.Policy;
using ChatOps.Replies;
using ChatOps.Telemetry;
using Microsoft.Extensions.Logging;

namespace ChatOps.Execution;

/// <summary>
/// Runs a content script on a warm container of its image: the job line, the requests it makes, the timeout
/// that kills and replaces the container, and the verdict on the container afterwards.
/// </summary>
internal sealed class ScriptRunner(
    ContainerPool pool,
    IContainerEngine engine,
    ContentLibrary library,
    ChannelContextStore contexts,
    ServerCommands server,
    ScriptFileStore files,
    Func<IntegrationCommandRunner> integrations,
    ExecutorOptions options,
    ImagePolicy imagePolicy,
    ILoggerFactory loggers,
    IAuditDetails? audit = null,
    ChatOpsMetrics? metrics = null,
    EngineJobs? jobs = null)
{
    private readonly ILogger _logger = loggers.CreateLogger<ScriptRunner>();
    private readonly ImageMap _images = new(options.ImageMap);

    public ExecutorOptions Options => options;

    /// <summary>Puts what a run typed in chat did on the audit chain beside the command (image, redacted arguments, a summary).</summary>
    public Task RecordAsync(ChatMessage message, ContentScript script, JsonObject args, ScriptRun run, IntegrationCall? call = null) =>
        audit?.DetailAsync(message, "run", RunAuditDetail.Json(script, ImageOf(script), args, run, call?.Instance, call?.Redact ?? (text => text)), CancellationToken.None)
        ?? Task.CompletedTask;

    /// <summary>The image the script runs in: its dockerimage (mapped by Executor:ImageMap), else the default for its subtype.</summary>
    public string ImageOf(ContentScript script) =>
        script.DockerImage is { } named ? _images.Map(named) : script.IsPython2 ? options.DefaultPython2Image : options.DefaultPython3Image;

    /// <summary>What to tell a user whose script's image is missing: content images can be mapped.</summary>
    /// <summary>What to do when the image a script's content names is not in the engine; null when the image is mapped already.</summary>
    public Remedy? MissingImageRemedy(ContentScript script) =>
        script.DockerImage is { } named && !_images.Maps(named)
            ? new Remedy($"{named} is the image the content names: ask an admin to map it to a local image, or build one with /docker_image_create.",
                $"{named} is the image the content names: {ImageMap.HowToMap(named)}.")
            : null;

    /// <summary>
    /// Null when the script may run, else why not (fit for chat): its language (JavaScript, PowerShell, python2
    /// without an image), then the same image rules as everywhere else. The fix (content or Executor:ImageMap) is
    /// an admin's, so it is the refusal's Remedy and the war room says it in the sender's voice.
    /// </summary>
    public ErrorReply? Refuse(ContentScript script)
    {
        if (script.NotRunnableReason is { } reason) return new ErrorReply(reason) { Remedy = ContentLanguage.NotRunnableRemedy(script.Subtype, script.DockerImage) };
        var image = ImageOf(script);
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        var reference = colon > slash ? new ImageReference(image[..colon], image[(colon + 1)..]) : new ImageReference(image, null);
        if (imagePolicy.Check(reference, ImagePurpose.Script) is not { } refusal) return null;
        var file = Path.GetFileName(script.SourceFile);
        var remedy = script.DockerImage is { } named && !_images.Maps(named)
            ? new Remedy($"Ask an admin to change dockerimage in {file} or to map {named} to a local image.", $"Change dockerimage in {file}, or {ImageMap.HowToMap(named)}.")
            : script.DockerImage is null
                ? new Remedy($"Ask an admin to change dockerimage in {file}.", $"Change dockerimage in {file}.")
                : new Remedy($"Ask an admin to change dockerimage in {file} or the image it is mapped to.", $"Change dockerimage in {file} or Executor:ImageMap.");
        return new ErrorReply($"!{script.Name} cannot run: {refusal}") { Remedy = remedy };
    }

    /// <summary>
    /// The refusal as one line, where no war room picks the voice (a nested call's error entry, which the chat reads):
    /// in a chat user's words, which name no setting.
    /// </summary>
    public string? RefusalOf(ContentScript script) => Refuse(script)?.SaidTo(admin: false).Message;

    public Task<WarmContainer> AcquireAsync(ContentScript script, int depth, CancellationToken cancellationToken, IntegrationCall? call = null) =>
        pool.AcquireAsync(KeyOf(script, call), nested: depth > 0, cancellationToken);

    /// <summary>
    /// Completes when the acquire is done or is known to start a container: a wait for a settling one (about a
    /// millisecond, at most <see cref="ContainerPool.SettlingWait"/>) is no start to announce.
    /// </summary>
    public async Task UntilStartingOrDoneAsync(ContentScript script, Task<WarmContainer> acquiring)
    {
        if (pool.HasSettling(KeyOf(script, null))) await Task.WhenAny(acquiring, Task.Delay(ContainerPool.SettlingWait));
    }

    /// <summary>Acquires a container and runs the script on it.</summary>
    public async Task<ScriptRun> RunAsync(ContentScript script, JsonObject args, string channel, int depth, CancellationToken cancellationToken) =>
        await RunAsync(await AcquireAsync(script, depth, cancellationToken), script, args, channel, depth, cancellationToken);

    /// <summary>Runs the script on the container it was given, and hands the container back (or replaces it).</summary>
    public async Task<ScriptRun> RunAsync(WarmContainer container, ContentScript script, JsonObject args, string channel, int depth, CancellationToken cancellationToken,
        IntegrationCall? call = null)
    {
        var job = new LoopJob(script.Code, args, await CallingContextAsync(script, channel, call, cancellationToken), DemistoVersion: DemistoVersion,
            Integration: call is not null, Command: call?.Command ?? "", Params: call?.Params);
        var jobFiles = new JobFiles(files, InvestigationId(channel));
        var scope = new JobScope(channel, call?.Instance ?? script.Name, depth) { Redact = call?.Redact ?? (text => text) };
        var handler = new ScriptRequestHandler(this, library, server, scope, jobFiles, integrations, _logger);
        var outputs = new ScriptOutputBuffer(options.OutputLimitBytes);
        container.Jobs++;

        // The job's own time, apart from its caller's: once its answer went out, the container is still the job's
        // until the loop's `completed`, and only this deadline (not a caller that has moved on) bounds that wait.
        var deadline = new CancellationTokenSource(options.ScriptTimeout);
        LoopAnswer answer;
        bool killed;
        var started = Stopwatch.GetTimestamp();
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token))
        using (jobs?.Running(container.Id))
        {
            var killSwitch = new ContainerKillSwitch(engine, container.Id, limit.Token);
            try
            {
                answer = await container.Session.RunAsync(job, handler, outputs, limit.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
            {
                answer = LoopAnswer.OutputEnded;
            }
            metrics?.ScriptFinished(script.Name, answer != LoopAnswer.OutputEnded ? "completed" : limit.IsCancellationRequested ? "stopped" : "ended",
                Stopwatch.GetElapsedTime(started));
            await killSwitch.DisposeAsync();
            killed = killSwitch.Killed;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            deadline.Dispose();
            pool.Release(container, reusable: false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (answer != LoopAnswer.OutputEnded && !killed)
        {
            var run = Redacted(new ScriptRun(outputs.Outputs, ScriptEnding.Completed, outputs.DroppedBytes) { Files = jobFiles.Stored }, call);
            if (answer == LoopAnswer.Answered)
            {
                // The user has the answer now; the container goes back to the pool only after the loop's `completed`.
                pool.ReleaseWhenSettled(container, SettleAsync(container, script, deadline), reusable: !script.RunOnce);
                return run;
            }
            deadline.Dispose();
            pool.Release(container, reusable: !script.RunOnce && !container.Session.Retired);
            return run;
        }

        var timedOut = deadline.IsCancellationRequested;
        deadline.Dispose();
        var state = timedOut ? null : await ExitStateAsync(container.Id);
        pool.Release(container, reusable: false);
        var ending = timedOut ? ScriptEnding.TimedOut : state?.OomKilled == true ? ScriptEnding.OutOfMemory : ScriptEnding.LoopEnded;
        _logger.LogInformation("!{Script} on container {Id} ended {Ending}; the container is replaced", script.Name, container.ShortId, ending);
        return Redacted(new ScriptRun(outputs.Outputs, ending, outputs.DroppedBytes, state?.ExitCode) { Files = jobFiles.Stored }, call);
    }

    /// <summary>
    /// After a job's answer went out: true once the loop says `completed` (it killed every process of the job and
    /// cleaned up), false when its output ended or the job's deadline passed first, and then the container was
    /// killed, never to serve another job.
    /// </summary>
    private async Task<bool> SettleAsync(WarmContainer container, ContentScript script, CancellationTokenSource deadline)
    {
        using (deadline)
        {
            var killSwitch = new ContainerKillSwitch(engine, container.Id, deadline.Token);
            LoopCompletion completion;
            try
            {
                completion = await container.Session.AwaitCompletionAsync(deadline.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
            {
                completion = new LoopCompletion(false, 0);
            }
            await killSwitch.DisposeAsync();
            if (completion.DiscardedLines > 0)
                _logger.LogInformation("!{Script} on container {Id}: {Count} stray lines after its answer were discarded", script.Name, container.ShortId,
                    completion.DiscardedLines);
            if (completion.Completed && !killSwitch.Killed) return true;
            _logger.LogInformation("!{Script} on container {Id} answered, but its loop did not complete the job{Why}; the container is replaced", script.Name,
                container.ShortId, deadline.IsCancellationRequested ? " within its time" : "");
            return false;
        }
    }

    /// <summary>
    /// Writes each entry's EntryContext into the channel's context with XSOAR's rules, as the server does with what a
    /// command returns to the war room; the refusals, if any, for the user.
    /// </summary>
    public async Task<IReadOnlyList<string>> ApplyEntryContextAsync(ScriptRun run, string channel, CancellationToken cancellationToken)
    {
        var refusals = new List<string>();
        foreach (var entry in run.Entries)
        {
            if (entry.Entry.ValueKind != System.Text.Json.JsonValueKind.Object || !entry.Entry.TryGetProperty("EntryContext", out var entryContext) ||
                entryContext.ValueKind != System.Text.Json.JsonValueKind.Object)
                continue;
            if (JsonNode.Parse(entryContext.GetRawText()) is JsonObject { Count: > 0 } outputs &&
                await contexts.ApplyEntryContextAsync(channel, outputs, cancellationToken) is { } refusal)
                refusals.Add(refusal);
        }
        return refusals;
    }

    private static readonly JsonObject DemistoVersion = new() { ["version"] = "6.10.0", ["buildNumber"] = "0" };

    /// <summary>An integration's outputs with its instance's secrets replaced, before anyone (a person, a log, the audit) sees them.</summary>
    private static ScriptRun Redacted(ScriptRun run, IntegrationCall? call)
    {
        if (call is null) return run;
        var outputs = run.Outputs.Select(output => output switch
        {
            LogOutput log => new LogOutput(call.Redact(log.Text)),
            ExceptionOutput exception => new ExceptionOutput(exception.Traceback.Select(call.Redact).ToList()),
            EntryOutput entry => (ScriptOutput)new EntryOutput(System.Text.Json.JsonDocument.Parse(call.Redact(entry.Entry.GetRawText())).RootElement.Clone()),
            _ => output,
        }).ToList();
        return run with { Outputs = outputs };
    }

    /// <summary>The server's part of the calling context: a war-room channel is an XSOAR investigation with one incident.</summary>
    private async Task<JsonObject> CallingContextAsync(ContentScript script, string channel, IntegrationCall? call, CancellationToken cancellationToken)
    {
        var investigation = InvestigationId(channel);
        return new JsonObject
        {
            ["Inv"] = new JsonObject { ["id"] = investigation, ["name"] = channel },
            ["Incidents"] = new JsonArray(new JsonObject { ["id"] = investigation, ["name"] = "War room " + channel, ["labels"] = new JsonArray() }),
            ["ExecutionContext"] = await contexts.SnapshotAsync(channel, cancellationToken),
            ["ScriptName"] = call is null ? script.Name : "",
            ["ExecutedCommands"] = new JsonArray(call is null
                ? new JsonObject { ["name"] = script.Name, ["moduleBrand"] = "Scripts", ["type"] = "script" }
                : new JsonObject { ["name"] = call.Command, ["moduleBrand"] = call.Brand, ["moduleInstance"] = call.Instance, ["type"] = "integration" }),
            ["IntegrationBrand"] = call?.Brand ?? "",
            ["IntegrationInstance"] = call?.Instance ?? "",
        };
    }

    /// <summary>A channel as an investigation id content can put in a file name (fileResult writes `./&lt;id&gt;_&lt;uuid&gt;`).</summary>
    public static string InvestigationId(string channel) =>
        new(channel.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '_').ToArray());

    private PoolKey KeyOf(ContentScript script, IntegrationCall? call) =>
        new(ImageOf(script), script.IsPython2 ? "python" : "python3", call?.Network, call?.Instance ?? "", call?.Proxy ?? "", string.Join(',', call?.EngineLabels ?? []));

    /// <summary>The loop's output ended: wait (briefly) for the engine to record how the container ended.</summary>
    private async Task<ContainerState?> ExitStateAsync(string id)
    {
        ContainerState? state = null;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            state = await engine.InspectAsync(id, CancellationToken.None);
            if (state is null || !state.Running) return state;
            await Task.Delay(50);
        }
        return state;
    }
}
