using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatOps.Bots.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.WebApi;

/// <summary>
/// The three Web API methods the bot uses, over a typed HttpClient whose BaseAddress is Slack:ApiBaseUrl.
/// Every failure (HTTP error, ok:false, rate limit exhausted) is logged and thrown as SlackApiException.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, RateLimitedSender sender, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    /// <summary>Posts a message to the channel; returns its ts, the id chat.update needs.</summary>
    public async Task<string> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        var result = await CallAsync("chat.postMessage", options.Value.BotToken,
            new MessagePayload(channel, null, message.Text, message.Blocks), cancellationToken);
        return result.TryGetProperty("ts", out var ts) && ts.GetString() is { Length: > 0 } id
            ? id
            : throw Fail("chat.postMessage", "no ts in the answer", null);
    }

    public Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.update", options.Value.BotToken, new MessagePayload(channel, ts, message.Text, message.Blocks), cancellationToken);

    /// <summary>A fresh, single-use Socket Mode URL (apps.connections.open with the app-level token).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("apps.connections.open", options.Value.AppToken, null, cancellationToken);
        return result.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var socketUrl)
               && (socketUrl.Scheme == "wss" || socketUrl.Scheme == "ws")
            ? socketUrl
            : throw Fail("apps.connections.open", "no WebSocket url in the answer", null);
    }

    private async Task<JsonElement> CallAsync(string method, string token, MessagePayload? payload, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token)) throw Fail(method, "no token is configured for it", null);

        using var response = await sender.SendAsync(http, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, method)
            {
                Content = payload is null ? new StringContent("") : JsonContent.Create(payload, options: SlackJson.Options),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, method, cancellationToken);

        if (!response.IsSuccessStatusCode) throw Fail(method, "unexpected HTTP status", (int)response.StatusCode);
        JsonElement body;
        try
        {
            body = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).Clone();
        }
        catch (JsonException)
        {
            throw Fail(method, "the answer is not JSON", (int)response.StatusCode);
        }
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
            throw Fail(method, error, (int)response.StatusCode);
        }
        return body;
    }

    private SlackApiException Fail(string method, string error, int? status)
    {
        logger.LogWarning("Slack {Method} failed: {Error} (HTTP {Status})", method, error, status);
        return new SlackApiException(method, error, status);
    }

    private sealed record MessagePayload(string Channel, string? Ts, string Text, IReadOnlyList<Block> Blocks);
}
