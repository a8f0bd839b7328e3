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
    ChatOpsMetrics? metrics = null)
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
    public string MissingImageHint(ContentScript script) =>
        script.DockerImage is { } named && !_images.Maps(named) ? $" {script.DockerImage} is the image the content names: {ImageMap.HowToMap(named)}." : "";

    /// <summary>
    /// Null when the script may run, else why not (fit for chat): its language (JavaScript, PowerShell, python2
    /// without an image), then the same image rules as everywhere else.
    /// </summary>
    public string? RefusalOf(ContentScript script)
    {
        if (script.NotRunnableReason is { } reason) return reason;
        var image = ImageOf(script);
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        var reference = colon > slash ? new ImageReference(image[..colon], image[(colon + 1)..]) : new ImageReference(image, null);
        if (imagePolicy.Check(reference, ImagePurpose.Script) is not { } refusal) return null;
        var fix = script.DockerImage is { } named && !_images.Maps(named)
            ? $"Change dockerimage in {Path.GetFileName(script.SourceFile)}, or {ImageMap.HowToMap(named)}."
            : $"Change dockerimage in {Path.GetFileName(script.SourceFile)}" + (script.DockerImage is null ? "." : " or Executor:ImageMap.");
        return $"!{script.Name} cannot run: {refusal} {fix}";
    }

    public Task<WarmContainer> AcquireAsync(ContentScript script, int depth, CancellationToken cancellationToken, IntegrationCall? call = null) =>
        pool.AcquireAsync(KeyOf(script, call), nested: depth > 0, cancellationToken);

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

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.ScriptTimeout);
        // When time is up (or the caller gives up) the job cannot be taken back: kill the container, which also
        // ends the attach stream the session is reading.
        Task killed = Task.CompletedTask;
        var killStarted = false;
        await using var kill = limit.Token.Register(() =>
        {
            killStarted = true;
            killed = engine.KillAsync(container.Id, CancellationToken.None);
        });

        bool completed;
        var started = Stopwatch.GetTimestamp();
        try
        {
            completed = await container.Session.RunAsync(job, handler, outputs, limit.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            completed = false;
        }
        metrics?.ScriptFinished(script.Name, completed ? "completed" : limit.IsCancellationRequested ? "stopped" : "ended", Stopwatch.GetElapsedTime(started));
        await kill.DisposeAsync();
        await killed;
        // Callbacks run newest first, so the session may notice the cancellation and return before the kill above
        // has run; disposing the registration then drops it. A job past its time must still lose its container.
        if (limit.IsCancellationRequested && !Volatile.Read(ref killStarted))
            await engine.KillAsync(container.Id, CancellationToken.None);

        if (cancellationToken.IsCancellationRequested)
        {
            pool.Release(container, reusable: false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (completed)
        {
            pool.Release(container, reusable: !script.RunOnce && !container.Session.Retired);
            return Redacted(new ScriptRun(outputs.Outputs, ScriptEnding.Completed, outputs.DroppedBytes) { Files = jobFiles.Stored }, call);
        }

        var timedOut = limit.IsCancellationRequested;
        var state = timedOut ? null : await ExitStateAsync(container.Id);
        pool.Release(container, reusable: false);
        var ending = timedOut ? ScriptEnding.TimedOut : state?.OomKilled == true ? ScriptEnding.OutOfMemory : ScriptEnding.LoopEnded;
        _logger.LogInformation("!{Script} on container {Id} ended {Ending}; the container is replaced", script.Name, container.ShortId, ending);
        return Redacted(new ScriptRun(outputs.Outputs, ending, outputs.DroppedBytes, state?.ExitCode) { Files = jobFiles.Stored }, call);
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
        new(ImageOf(script), script.IsPython2 ? "python" : "python3", call?.Network, call?.Instance ?? "", call?.Proxy ?? "");

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
