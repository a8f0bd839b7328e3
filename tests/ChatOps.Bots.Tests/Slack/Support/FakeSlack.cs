using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>
/// Slack as the bot sees it, on 127.0.0.1 (Kestrel, port 0): records response_url posts and Web API calls,
/// answers chat.postMessage / chat.update (optionally with 429s first), serves apps.connections.open and a
/// Socket Mode WebSocket that sends hello, one slash_commands envelope, waits for its ack, then asks for a
/// refresh. Events records the order of socket happenings ("open:1", "ack:1:env-1", "connected:2", "closed:1").
/// Files go Slack's external way: files.getUploadURLExternal (a form) answers an upload_url on this fake and a
/// file id, the bytes POSTed there are kept in Uploads, files.completeUploadExternal is recorded like any call.
/// Fail queues faults for a route (dropped connections, 5xx, 429); calls that meet one are kept in FaultedCalls.
/// </summary>
internal sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFault>> _faults = new(StringComparer.Ordinal);
    private int _connections;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public ConcurrentQueue<RecordedCall> ResponseUrlPosts { get; } = new();

    public ConcurrentQueue<RecordedCall> ApiCalls { get; } = new();

    /// <summary>Calls that met a fault (see Fail), by route; they are in neither ResponseUrlPosts nor ApiCalls.</summary>
    public ConcurrentQueue<(string Route, RecordedCall Call)> FaultedCalls { get; } = new();

    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>The bodies POSTed to upload URLs, exactly as they arrived, with the path they went to.</summary>
    public ConcurrentQueue<(string Path, byte[] Bytes, string? ContentType)> Uploads { get; } = new();

    /// <summary>When set, files.getUploadURLExternal answers ok:false with this error (e.g. file_uploads_disabled).</summary>
    public string? UploadUrlError { get; set; }

    /// <summary>
    /// The workspace's user groups (id -> member user ids) usergroups.list answers with. As Slack documents, the
    /// members are in the answer only when the call asks include_users=true.
    /// </summary>
    public ConcurrentDictionary<string, string[]> UserGroups { get; } = new();

    /// <summary>When set, usergroups.list answers ok:false with this error (e.g. missing_scope).</summary>
    public string? UserGroupsError { get; set; }

    /// <summary>How many chat.postMessage calls get 429 with Retry-After before one succeeds.</summary>
    public int PostMessageRateLimits { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>How many apps.connections.open calls answer ok:false before one gives a socket URL.</summary>
    public int ConnectionOpenFailures { get; set; }

    /// <summary>The slash command the first Socket Mode connection delivers.</summary>
    public (string Command, string Text) SocketCommand { get; set; } = ("/docker_images", "");

    /// <summary>When set, the first socket's envelope is an "interactive" one (a button press) carrying this payload instead of the slash command.</summary>
    public object? SocketInteractivePayload { get; set; }

    public Uri ResponseUrl(string id) => new(BaseUrl, "hooks/commands/T1/" + id);

    /// <summary>The next calls to a route ("response_url" or a Web API method) meet these faults, one per call, in order.</summary>
    public void Fail(string route, params FakeFault[] faults)
    {
        var queue = _faults.GetOrAdd(route, _ => new ConcurrentQueue<FakeFault>());
        foreach (var fault in faults) queue.Enqueue(fault);
    }

    /// <summary>Lifts every fault still queued.</summary>
    public void Heal() => _faults.Clear();

    public IEnumerable<RecordedCall> Api(string method) => ApiCalls.Where(c => c.Path == "/api/" + method);

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/hooks/{**rest}", fake.OnResponseUrlAsync);
        app.MapPost("/api/{method}", fake.OnApiAsync);
        app.MapPost("/upload/{fileId}", fake.OnUploadAsync);
        app.Map("/socket/{n:int}", fake.OnSocketAsync);
        fake.BaseUrl = await Loopback.StartAsync(app);
        return fake;
    }

    private async Task OnResponseUrlAsync(HttpContext context)
    {
        var call = await RecordAsync(context);
        if (await FaultAsync("response_url", call, context)) return;
        ResponseUrlPosts.Enqueue(call);
        await context.Response.WriteAsync("ok");
    }

    private async Task OnApiAsync(HttpContext context, string method)
    {
        var call = await RecordAsync(context);
        if (await FaultAsync(method, call, context)) return;
        ApiCalls.Enqueue(call);
        switch (method)
        {
            case "chat.postMessage" when PostMessageRateLimits > 0:
                PostMessageRateLimits--;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
                await context.Response.WriteAsJsonAsync(new { ok = false, error = "rate_limited" });
                break;
            case "chat.postMessage":
                await context.Response.WriteAsJsonAsync(new { ok = true, channel = call.Text("channel"), ts = "1700000000.000100" });
                break;
            case "chat.update":
                await context.Response.WriteAsJsonAsync(new { ok = true, channel = call.Text("channel"), ts = call.Text("ts") });
                break;
            case "files.getUploadURLExternal" when UploadUrlError is not null:
                await context.Response.WriteAsJsonAsync(new { ok = false, error = UploadUrlError });
                break;
            case "files.getUploadURLExternal":
                var fileId = "F0" + ApiCalls.Count(c => c.Path == "/api/files.getUploadURLExternal");
                await context.Response.WriteAsJsonAsync(new { ok = true, upload_url = new Uri(BaseUrl, "upload/" + fileId).ToString(), file_id = fileId });
                break;
            case "files.completeUploadExternal":
                await context.Response.WriteAsJsonAsync(new { ok = true, files = new[] { new { id = call.Body.GetProperty("files")[0].GetProperty("id").GetString() } } });
                break;
            case "usergroups.list" when UserGroupsError is not null:
                await context.Response.WriteAsJsonAsync(new { ok = false, error = UserGroupsError });
                break;
            case "usergroups.list":
                var withUsers = call.Text("include_users") == "true";
                await context.Response.WriteAsJsonAsync(new
                {
                    ok = true,
                    usergroups = UserGroups.OrderBy(g => g.Key).Select(g => withUsers
                        ? (object)new { id = g.Key, team_id = "T1DC2JH3J", handle = g.Key.ToLowerInvariant(), user_count = g.Value.Length, users = g.Value }
                        : new { id = g.Key, team_id = "T1DC2JH3J", handle = g.Key.ToLowerInvariant(), user_count = g.Value.Length }),
                });
                break;
            case "apps.connections.open" when ConnectionOpenFailures > 0:
                ConnectionOpenFailures--;
                await context.Response.WriteAsJsonAsync(new { ok = false, error = "internal_error" });
                break;
            case "apps.connections.open":
                var n = Interlocked.Increment(ref _connections);
                Events.Enqueue($"open:{n}");
                var socketUrl = new UriBuilder(BaseUrl) { Scheme = "ws", Path = $"/socket/{n}" }.Uri;
                await context.Response.WriteAsJsonAsync(new { ok = true, url = socketUrl.ToString() });
                break;
            default:
                await context.Response.WriteAsJsonAsync(new { ok = false, error = "unknown_method" });
                break;
        }
    }

    /// <summary>Applies the route's next fault, if one is queued; true when the call was answered (or dropped) by it.</summary>
    private async Task<bool> FaultAsync(string route, RecordedCall call, HttpContext context)
    {
        if (!_faults.TryGetValue(route, out var queue) || !queue.TryDequeue(out var fault)) return false;
        FaultedCalls.Enqueue((route, call));
        if (fault.Drop)
        {
            context.Abort();
            return true;
        }
        context.Response.StatusCode = fault.Status;
        if (fault.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString();
        // Slack's error bodies: ok:false and an error code (rate_limited for 429).
        await context.Response.WriteAsJsonAsync(new { ok = false, error = fault.Status == 429 ? "rate_limited" : "internal_error" });
        return true;
    }

    private async Task OnUploadAsync(HttpContext context, string fileId)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes);
        Uploads.Enqueue((context.Request.Path, bytes.ToArray(), context.Request.ContentType));
        await context.Response.WriteAsync("OK - " + bytes.Length);
    }

    private async Task OnSocketAsync(HttpContext context, int n)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Events.Enqueue($"connected:{n}");
        await SendAsync(socket, new { type = "hello", num_connections = n, debug_info = new { approximate_connection_time = 3600 } });
        if (n == 1)
        {
            var (command, text) = SocketCommand;
            if (SocketInteractivePayload is { } pressed)
                await SendAsync(socket, new { envelope_id = "env-1", type = "interactive", accepts_response_payload = false, payload = pressed });
            else
                await SendAsync(socket, new
                {
                    envelope_id = "env-1",
                    type = "slash_commands",
                    accepts_response_payload = true,
                    payload = new
                    {
                        token = "ignored", team_id = "T1", channel_id = "C0WARROOM", user_id = "U0SOCKET",
                        command, text, response_url = ResponseUrl("socket").ToString(), trigger_id = "1.2.3", api_app_id = "A1",
                    },
                });
            var ack = await ReceiveAsync(socket);
            if (ack is null) return;
            var id = JsonDocument.Parse(ack).RootElement.GetProperty("envelope_id").GetString();
            Events.Enqueue($"ack:{n}:{id}");
            await SendAsync(socket, new { type = "disconnect", reason = "refresh_requested" });
        }
        // Keep the connection until the bot closes it.
        while (await ReceiveAsync(socket) is not null) { }
        Events.Enqueue($"closed:{n}");
        if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[8192];
        using var text = new MemoryStream();
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (frame.MessageType == WebSocketMessageType.Close) return null;
                text.Write(buffer, 0, frame.Count);
                if (frame.EndOfMessage) return Encoding.UTF8.GetString(text.ToArray());
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    private static async Task<RecordedCall> RecordAsync(HttpContext context)
    {
        JsonElement body;
        if (context.Request.HasFormContentType)
        {
            // A form call is recorded as a JSON object of its fields, so tests read every call the same way.
            var form = await context.Request.ReadFormAsync();
            body = JsonSerializer.SerializeToElement(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        }
        else
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync();
            body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        return new RecordedCall(context.Request.Path, context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
