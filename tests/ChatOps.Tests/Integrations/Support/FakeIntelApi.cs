using System.Net;
using System.Text;
using System.Text.Json;

namespace ChatOps.Tests.Integrations.Support;

/// <summary>
/// The stand-in integration's service on 127.0.0.1: answers /api/v1/ping, /hello?name=, /ip?ip= for the API keys
/// it was given (each key has its own greeting, so a test sees which credentials a command used), 401 otherwise,
/// and records the keys it saw.
/// </summary>
internal sealed class FakeIntelApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, string> _greetings;
    private readonly Task _serving;

    public FakeIntelApi(IReadOnlyDictionary<string, string> greetingsByKey)
    {
        _greetings = greetingsByKey;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public List<string> KeysSeen { get; } = [];

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var key = (context.Request.Headers["Authorization"] ?? "").Replace("Bearer ", "", StringComparison.Ordinal);
        lock (KeysSeen) KeysSeen.Add(key);
        object? body = null;
        if (_greetings.TryGetValue(key, out var greeting))
        {
            var path = context.Request.Url!.AbsolutePath;
            body = path switch
            {
                "/api/v1/ping" => new { ok = true },
                "/api/v1/hello" => new { name = context.Request.QueryString["name"], greeting = $"{greeting} {context.Request.QueryString["name"]}" },
                "/api/v1/ip" => new { ip = context.Request.QueryString["ip"], score = context.Request.QueryString["ip"]!.StartsWith("6.6.", StringComparison.Ordinal) ? 90 : 10 },
                _ => null,
            };
        }
        context.Response.StatusCode = body is null ? (_greetings.ContainsKey(key) ? 404 : 401) : 200;
        var bytes = Encoding.UTF8.GetBytes(body is null ? "{\"error\": \"unauthorized or unknown\"}" : JsonSerializer.Serialize(body));
        context.Response.ContentType = "application/json";
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
