using System.Text.Json;

namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>One request the fake Slack received: which path, with what bearer token, carrying which JSON.</summary>
internal sealed record RecordedCall(string Path, string? Authorization, JsonElement Body, DateTimeOffset At)
{
    public string Text(string property) => Body.TryGetProperty(property, out var value) ? value.ToString() : "";

    /// <summary>All mrkdwn text in the blocks, joined, for "does the table arrive" checks.</summary>
    public string BlocksText() =>
        Body.TryGetProperty("blocks", out var blocks) ? string.Join("\n", blocks.EnumerateArray().Select(b => b.ToString())) : "";
}
