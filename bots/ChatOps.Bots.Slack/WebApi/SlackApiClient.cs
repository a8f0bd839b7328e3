using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.WebApi;

/// <summary>
/// The Web API methods the bot uses, over a typed HttpClient whose BaseAddress is Slack:ApiBaseUrl: messages,
/// Socket Mode, user groups, and the external file upload (files.getUploadURLExternal, the upload itself, then
/// files.completeUploadExternal). The client retries what failed in passing (see DeliveryRetry); each call says
/// whether sending it twice is harmless. Every answer that is a failure (HTTP error, ok:false, rate limit
/// exhausted) is logged and thrown as SlackApiException; no answer at all stays an HttpRequestException.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    private const string GetUploadUrlMethod = "files.getUploadURLExternal";
    private const string ListUserGroupsMethod = "usergroups.list";

    /// <summary>The upload to the URL files.getUploadURLExternal gave, named in errors like a method.</summary>
    private const string UploadMethod = "file upload";

    /// <summary>Posts a message to the channel; returns its ts, the id chat.update needs.</summary>
    public async Task<string> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken)
    {
        // A new message each time it arrives: not repeatable.
        var result = await CallAsync("chat.postMessage", options.Value.BotToken,
            Json(new MessagePayload(channel, null, message.Text, message.Blocks)), repeatable: false, cancellationToken);
        return result.TryGetProperty("ts", out var ts) && ts.GetString() is { Length: > 0 } id
            ? id
            : throw Fail("chat.postMessage", "no ts in the answer", null);
    }

    /// <summary>Sets the message's content: the same edit twice leaves the same message, so it is repeatable.</summary>
    public Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken) =>
        CallAsync("chat.update", options.Value.BotToken, Json(new MessagePayload(channel, ts, message.Text, message.Blocks)), repeatable: true, cancellationToken);

    /// <summary>A fresh, single-use Socket Mode URL (apps.connections.open with the app-level token).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        // Repeatable: a URL that is never used simply expires.
        var result = await CallAsync("apps.connections.open", options.Value.AppToken, Empty, repeatable: true, cancellationToken);
        return result.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var socketUrl)
               && (socketUrl.Scheme == "wss" || socketUrl.Scheme == "ws")
            ? socketUrl
            : throw Fail("apps.connections.open", "no WebSocket url in the answer", null);
    }

    /// <summary>Step 1 of an upload: where to send a file of that name and length, and the id Slack gives it.</summary>
    public async Task<(Uri UploadUrl, string FileId)> GetUploadUrlAsync(string filename, long length, CancellationToken cancellationToken)
    {
        // A form, not JSON: this method reads its arguments from the form only.
        var form = new Dictionary<string, string> { ["filename"] = filename, ["length"] = length.ToString(CultureInfo.InvariantCulture) };
        // Repeatable: an upload URL and file id that are never completed are dropped by Slack.
        var result = await CallAsync(GetUploadUrlMethod, options.Value.BotToken, new FormUrlEncodedContent(form), repeatable: true, cancellationToken);
        return result.TryGetProperty("upload_url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uploadUrl)
               && result.TryGetProperty("file_id", out var id) && id.GetString() is { Length: > 0 } fileId
            ? (uploadUrl, fileId)
            : throw Fail(GetUploadUrlMethod, "no upload_url or file_id in the answer", null);
    }

    /// <summary>
    /// Step 2: the bytes, POSTed as they are to the URL step 1 gave; Slack answers 200 when it has them. The URL
    /// carries its own authorisation, so the token is not sent; it must be https (plain http only on loopback).
    /// </summary>
    public async Task UploadAsync(Uri uploadUrl, byte[] bytes, string? contentType, CancellationToken cancellationToken)
    {
        if (uploadUrl.Scheme != Uri.UriSchemeHttps && !(uploadUrl.Scheme == Uri.UriSchemeHttp && uploadUrl.IsLoopback))
            throw Fail(UploadMethod, $"refusing to send the file to {uploadUrl.Scheme}://{uploadUrl.IdnHost}: not https", null);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
        // Repeatable: the same bytes to the same one-file URL; the file is shared only by step 3.
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = content }.Repeatable();
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw Fail(UploadMethod, StatusError(response), (int)response.StatusCode);
    }

    /// <summary>Step 3: shares the uploaded file in the channel under its title, with an optional message before it.</summary>
    /// <remarks>Not repeatable: it shares the file in the channel, and a second share would show it twice.</remarks>
    public Task CompleteUploadAsync(string fileId, string title, string channel, string? initialComment, CancellationToken cancellationToken) =>
        CallAsync("files.completeUploadExternal", options.Value.BotToken,
            Json(new CompleteUploadPayload([new UploadedFile(fileId, title)], channel, initialComment)), repeatable: false, cancellationToken);

    /// <summary>Every user group of the workspace with its members (usergroups.list, include_users=true; scope usergroups:read).</summary>
    public async Task<IReadOnlyList<SlackUserGroup>> ListUserGroupsAsync(CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["include_users"] = "true" };
        // A read: asking twice is harmless.
        var result = await CallAsync(ListUserGroupsMethod, options.Value.BotToken, new FormUrlEncodedContent(form), repeatable: true, cancellationToken);
        if (!result.TryGetProperty("usergroups", out var groups) || groups.ValueKind != JsonValueKind.Array)
            throw Fail(ListUserGroupsMethod, "no usergroups in the answer", null);
        return groups.EnumerateArray()
            .Where(g => g.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            .Select(g => new SlackUserGroup(
                g.GetProperty("id").GetString()!,
                g.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array
                    ? users.EnumerateArray().Select(u => u.GetString()).OfType<string>().ToList()
                    : []))
            .ToList();
    }

    private static HttpContent Json<T>(T payload) => JsonContent.Create(payload, options: SlackJson.Options);

    private static HttpContent Empty => new StringContent("");

    private static string StatusError(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.TooManyRequests ? "rate_limited" : "unexpected HTTP status";

    private async Task<JsonElement> CallAsync(string method, string token, HttpContent content, bool repeatable, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token)) throw Fail(method, "no token is configured for it", null);

        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (repeatable) request.Repeatable();
        using var response = await http.SendAsync(request, cancellationToken);

        if (!response.IsSuccessStatusCode) throw Fail(method, StatusError(response), (int)response.StatusCode);
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

    private sealed record CompleteUploadPayload(IReadOnlyList<UploadedFile> Files, string ChannelId, string? InitialComment);

    private sealed record UploadedFile(string Id, string Title);
}
