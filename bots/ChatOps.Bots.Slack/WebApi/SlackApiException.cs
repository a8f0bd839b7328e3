namespace ChatOps.Bots.Slack.WebApi;

/// <summary>A Slack call that failed: the method (or "response_url"), Slack's error code, and the HTTP status when there was one.</summary>
internal sealed class SlackApiException(string method, string error, int? status = null)
    : Exception($"Slack {method} failed: {error}{(status is { } s ? $" (HTTP {s})" : "")}")
{
    public string Method { get; } = method;
    public string Error { get; } = error;
    public int? Status { get; } = status;
}
