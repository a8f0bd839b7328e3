using System.Text.Json;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>One REST call the fake Discord received; for a multipart call Body is its payload_json and Files its file parts.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization, DateTimeOffset At,
    string? ContentType = null, IReadOnlyList<RecordedFile>? Files = null)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>"content" of a message body (PATCH, follow-up) or of a callback's data.</summary>
    public string Content => Json.TryGetProperty("data", out var data) ? data.GetProperty("content").GetString()! : Json.GetProperty("content").GetString()!;
}
