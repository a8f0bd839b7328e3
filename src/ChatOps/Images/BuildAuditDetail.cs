using System.Text.Json.Nodes;
using ChatOps.Replies;
using ChatOps.Storage;

namespace ChatOps.Images;

/// <summary>
/// The audit's "build" detail of one create: the tag and digest it produced (or how it failed) and the tail of the
/// build's log as the requester saw it, so the record says what was built without the engine's help.
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

    public string Json(ImageSpec spec, ImageRecord? built, string? failure) => new JsonObject
    {
        ["repository"] = spec.Repository,
        ["base"] = spec.Base.ToString(),
        ["tag"] = built?.Tag,
        ["digest"] = built?.ImageId,
        ["requested"] = built?.Requested,
        ["buildSeconds"] = built is null ? null : Math.Round(built.BuildTime.TotalSeconds, 1),
        ["failure"] = failure,
        ["logTail"] = new JsonArray(_log.Select(line => (JsonNode?)line).ToArray()),
    }.ToJsonString();
}
