using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>
/// The few Discord REST calls the bot makes, over a typed HttpClient whose BaseAddress is Discord:ApiBaseUrl.
/// Rate limits are waited out; a 429 is retried after retry_after; any other failure is logged and thrown.
/// Interaction tokens are secrets: they never appear in logs or exception messages. A message with a file is
/// multipart/form-data: the message as payload_json, the file as files[0] (Discord's "Uploading Files").
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger, TimeProvider time)
{
    private readonly DiscordOptions _options = options.Value;
    private readonly RateLimitGate _gate = new(time);

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/{Segment(token)}/callback", "POST interactions/{id}/{token}/callback",
            Json(response), cancellationToken);

    public Task EditOriginalResponseAsync(string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{Segment(ApplicationId)}/{Segment(token)}/messages/@original",
            "PATCH webhooks/{app}/{token}/messages/@original", Json(message), cancellationToken);

    public Task CreateFollowUpAsync(string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{Segment(ApplicationId)}/{Segment(token)}", "POST webhooks/{app}/{token}",
            Json(message), cancellationToken);

    /// <summary>A follow-up carrying one file, attachment 0 of the message, under a name already safe to send.</summary>
    public Task CreateFollowUpWithFileAsync(string token, DiscordMessage message, string fileName, byte[] bytes, string? contentType,
        CancellationToken cancellationToken)
    {
        var withFile = message with { Attachments = [new DiscordAttachment(0, fileName)] };
        return SendAsync(HttpMethod.Post, $"webhooks/{Segment(ApplicationId)}/{Segment(token)}", "POST webhooks/{app}/{token} (with a file)", () =>
        {
            var payload = new StringContent(JsonSerializer.Serialize(withFile), Encoding.UTF8, "application/json");
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
            return new MultipartFormDataContent { { payload, "payload_json" }, { file, "files[0]", fileName } };
        }, cancellationToken);
    }

    /// <summary>PUT of the whole command list: Discord replaces the registered commands with exactly these.</summary>
    public Task BulkOverwriteCommandsAsync(string? guildId, string commandsJson, CancellationToken cancellationToken)
    {
        var path = guildId is null
            ? $"applications/{Segment(ApplicationId)}/commands"
            : $"applications/{Segment(ApplicationId)}/guilds/{Segment(guildId)}/commands";
        return SendAsync(HttpMethod.Put, path, "PUT " + path, JsonText(commandsJson), cancellationToken);
    }

    private string ApplicationId =>
        string.IsNullOrWhiteSpace(_options.ApplicationId)
            ? throw new InvalidOperationException("Discord:ApplicationId is not set (Developer Portal > General Information > Application ID).")
            : _options.ApplicationId.Trim();

    /// <param name="content">Makes the body afresh for each attempt (a sent body is disposed with its request).</param>
    private async Task SendAsync(HttpMethod method, string path, string route, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        var bucket = method.Method + " " + path;
        for (var attempt = 0; ; attempt++)
        {
            await _gate.WaitAsync(bucket, cancellationToken);
            using var request = new HttpRequestMessage(method, path) { Content = content() };
            if (!string.IsNullOrWhiteSpace(_options.BotToken))
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken.Trim());

            using var response = await http.SendAsync(request, cancellationToken);
            _gate.Observe(bucket, response);
            if (response.IsSuccessStatusCode) return;

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (RateLimitGate.IsTooManyRequests(response) && attempt < _options.MaxRateLimitRetries)
            {
                var wait = _gate.OnTooManyRequests(bucket, response, body);
                logger.LogWarning("Discord rate-limited {Route}; retrying in {Wait} (attempt {Attempt})", route, wait, attempt + 1);
                continue;
            }

            var failure = new DiscordApiException(response.StatusCode, route, body);
            logger.LogError(failure, "Discord REST call failed");
            throw failure;
        }
    }

    private static Func<HttpContent> Json<T>(T body) => JsonText(JsonSerializer.Serialize(body));

    private static Func<HttpContent> JsonText(string json) => () => new StringContent(json, Encoding.UTF8, "application/json");

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
