using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// Discord on 127.0.0.1 (Kestrel, port 0): REST under /api/v10/ records every call (callbacks, PATCH edits,
/// follow-ups, command PUTs; a multipart message as its payload_json and its files) and answers 200 unless a
/// ScriptedResponse is queued; /gateway and /resume accept
/// WebSockets the test drives through FakeGatewayConnection.
/// </summary>
internal sealed class FakeDiscord : IAsyncDisposable
{
    public const string ApplicationId = "112233445566778899";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _scripted = new();
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentBag<FakeGatewayConnection> _all = [];

    private FakeDiscord(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10/";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://") + "/gateway?v=10&encoding=json";

    public string ResumeUrl => BaseUrl.Replace("http://", "ws://") + "/resume";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptGatewayAsync);
        app.Map("/resume", fake.AcceptGatewayAsync);
        app.Map("/api/v10/{**rest}", fake.RecordAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    public void Enqueue(ScriptedResponse response) => _scripted.Enqueue(response);

    /// <summary>Drops every scripted answer still queued: calls get 200 again.</summary>
    public void Heal() => _scripted.Clear();

    /// <summary>Waits until the recorded calls satisfy the condition, e.g. "a PATCH has arrived".</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<IReadOnlyList<RecordedRequest>, bool> condition, TimeSpan? wait = null)
    {
        var deadline = DateTimeOffset.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var seen = Requests;
            if (condition(seen)) return seen;
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException("The fake Discord did not see the expected calls; it saw: " + string.Join(", ", seen.Select(r => r.Method + " " + r.Path)));
            await Task.Delay(20);
        }
    }

    public async Task<FakeGatewayConnection> AcceptAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(10));
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when the bot opened another gateway connection within the time.</summary>
    public async Task<bool> ReconnectsWithinAsync(TimeSpan wait)
    {
        try
        {
            await AcceptAsync(wait);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _all) connection.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString);
        _all.Add(connection);
        _connections.Writer.TryWrite(connection);
        await connection.Finished;
    }

    private async Task RecordAsync(HttpContext context)
    {
        string body;
        var files = new List<RecordedFile>();
        if (context.Request.HasFormContentType)
        {
            // A message with files: the message is the payload_json part, each files[n] part a file (Uploading Files).
            var form = await context.Request.ReadFormAsync();
            body = form["payload_json"].ToString();
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, bytes.ToArray()));
            }
        }
        else
        {
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync();
        }
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value!, body,
            context.Request.Headers.Authorization.FirstOrDefault(), DateTimeOffset.UtcNow, context.Request.ContentType, files));

        var response = _scripted.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, "{}");
        if (response.Status == 0)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }
}
