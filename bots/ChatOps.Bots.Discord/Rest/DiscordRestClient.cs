using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatOps.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>
/// The few Discord REST calls the bot makes, over a typed HttpClient whose BaseAddress is Discord:ApiBaseUrl.
/// A route Discord said is spent is waited out before the call; the client retries what failed in passing (429
/// after its Retry-After, 5xx, and for calls marked repeatable a lost answer: see DeliveryRetry); whatever still
/// fails is logged and thrown.
/// Interaction tokens are secrets: they never appear in logs or exception messages. A message with a file is
/// multipart/form-data: the message as payload_json, the file as files[0] (Discord's "Uploading Files").
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger, TimeProvider time)
{
    private readonly DiscordOptions _options = options.Value;
    private readonly RateLimitGate _gate = new(time);

    /// <summary>Repeatable: Discord takes one initial response per interaction and refuses a second one.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/{Segment(token)}/callback", "POST interactions/{id}/{token}/callback",
            Json(response), repeatable: true, cancellationToken);

    /// <summary>Repeatable: it sets the message's content, the same however often it arrives.</summary>
    public Task EditOriginalResponseAsync(string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{Segment(ApplicationId)}/{Segment(token)}/messages/@original",
            "PATCH webhooks/{app}/{token}/messages/@original", Json(message), repeatable: true, cancellationToken);

    /// <summary>Not repeatable: each arrival is one more message.</summary>
    public Task CreateFollowUpAsync(string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{Segment(ApplicationId)}/{Segment(token)}", "POST webhooks/{app}/{token}",
            Json(message), repeatable: false, cancellationToken);

    /// <summary>A message in a channel, as the bot user (needs Discord:BotToken); not repeatable: each arrival is one more message.</summary>
    public Task CreateChannelMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{Segment(channelId)}/messages", "POST channels/{id}/messages", Json(message), repeatable: false, cancellationToken);

    /// <summary>A follow-up carrying one file, attachment 0 of the message, under a name already safe to send.</summary>
    public Task CreateFollowUpWithFileAsync(string token, DiscordMessage message, string fileName, byte[] bytes, string? contentType,
        CancellationToken cancellationToken)
    {
        var withFile = message with { Attachments = [new DiscordAttachment(0, fileName)] };
        var payload = new StringContent(JsonSerializer.Serialize(withFile), Encoding.UTF8, "application/json");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
        return SendAsync(HttpMethod.Post, $"webhooks/{Segment(ApplicationId)}/{Segment(token)}", "POST webhooks/{app}/{token} (with a file)",
            new MultipartFormDataContent { { payload, "payload_json" }, { file, "files[0]", fileName } }, repeatable: false, cancellationToken);
    }

    /// <summary>PUT of the whole command list: Discord replaces the registered commands with exactly these (repeatable).</summary>
    public Task BulkOverwriteCommandsAsync(string? guildId, string commandsJson, CancellationToken cancellationToken)
    {
        var path = guildId is null
            ? $"applications/{Segment(ApplicationId)}/commands"
            : $"applications/{Segment(ApplicationId)}/guilds/{Segment(guildId)}/commands";
        return SendAsync(HttpMethod.Put, path, "PUT " + path, JsonText(commandsJson), repeatable: true, cancellationToken);
    }

    private string ApplicationId =>
        string.IsNullOrWhiteSpace(_options.ApplicationId)
            ? throw new InvalidOperationException("Discord:ApplicationId is not set (Developer Portal > General Information > Application ID).")
            : _options.ApplicationId.Trim();

    private async Task SendAsync(HttpMethod method, string path, string route, HttpContent content, bool repeatable, CancellationToken cancellationToken)
    {
        var bucket = method.Method + " " + path;
        await _gate.WaitAsync(bucket, cancellationToken);
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (!string.IsNullOrWhiteSpace(_options.BotToken))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken.Trim());
        if (repeatable) request.Repeatable();

        using var response = await http.SendAsync(request, cancellationToken);
        _gate.Observe(bucket, response);
        if (response.IsSuccessStatusCode) return;

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        // Still limited after the retries: the route (or every route, for a global limit) waits before its next call.
        if (RateLimitGate.IsTooManyRequests(response)) _gate.OnTooManyRequests(bucket, response, body);
        var failure = new DiscordApiException(response.StatusCode, route, body);
        logger.LogError(failure, "Discord REST call failed");
        throw failure;
    }

    private static HttpContent Json<T>(T body) => JsonText(JsonSerializer.Serialize(body));

    private static HttpContent JsonText(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
