using System.Text.Json.Nodes;
using ChatOps.Replies;

namespace ChatOps.Images;

/// <summary>
/// The audit's "build" detail of one create: the generated Dockerfile, the tag and digest it produced (or the
/// approval request its staged image waits in, or how it failed) and the tail of the build's log as the requester
/// saw it, so the record says what was built and how without the engine's help.
/// </summary>
internal sealed class BuildAuditDetail
{
    private const int LogLines = 40;
    private readonly Queue<string> _log = new();

    /// <summary>Keeps a progress line for the log tail.</summary>
    public void Saw(Reply reply)
    {
        if (reply is not ProgressReply progress) return;
        _log.Enqueue(progress.Message);
        if (_log.Count > LogLines) _log.Dequeue();
    }

    /// <param name="dockerfile">The Dockerfile the build was given; null when it never started (cancelled in the queue).</param>
    public string Json(ImageSpec spec, BuildOutcome outcome, string? dockerfile)
    {
        var built = outcome.Image;
        var staged = outcome.Approval?.Staged;
        return new JsonObject
        {
            ["repository"] = spec.Repository,
            ["base"] = spec.Base.ToString(),
            ["tag"] = built?.Tag ?? staged?.Tag,
            ["digest"] = built?.ImageId ?? staged?.ImageId,
            ["requested"] = built?.Requested ?? staged?.Spec.Key,
            ["buildSeconds"] = (built?.BuildTime ?? staged?.BuildTime) is { } time ? Math.Round(time.TotalSeconds, 1) : null,
            ["approvalId"] = outcome.Approval?.Id,
            ["failure"] = built is null && staged is null ? outcome.Summary : null,
            ["dockerfile"] = dockerfile,
            ["logTail"] = new JsonArray(_log.Select(line => (JsonNode?)line).ToArray()),
        }.ToJsonString();
    }
}
