using System.Net;
using System.Text.Json;

namespace ChatOps.Tests.Integrations.Support;

/// <summary>
/// The stand-in integration's service on 127.0.0.1: answers /api/v1/ping, /hello?name=, /ip?ip= for the API keys
/// it was given (each key has its own greeting, so a test sees which credentials a command used), 401 otherwise,
/// and records the keys it saw.
/// </summary>
internal sealed class FakeIntelApi : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _greetings;
    private readonly LoopbackJsonApi _server;

    public FakeIntelApi(IReadOnlyDictionary<string, string> greetingsByKey)
    {
        _greetings = greetingsByKey;
        _server = new LoopbackJsonApi(Answer);
    }

    public int Port => _server.Port;

    public string Url => _server.Url;

    public List<string> KeysSeen { get; } = [];

    private (int, string) Answer(HttpListenerRequest request)
    {
        var key = (request.Headers["Authorization"] ?? "").Replace("Bearer ", "", StringComparison.Ordinal);
        lock (KeysSeen) KeysSeen.Add(key);
        object? body = null;
        if (_greetings.TryGetValue(key, out var greeting))
        {
            var path = request.Url!.AbsolutePath;
            body = path switch
            {
                "/api/v1/ping" => new { ok = true },
                "/api/v1/hello" => new { name = request.QueryString["name"], greeting = $"{greeting} {request.QueryString["name"]}" },
                "/api/v1/ip" => new { ip = request.QueryString["ip"], score = request.QueryString["ip"]!.StartsWith("6.6.", StringComparison.Ordinal) ? 90 : 10 },
                _ => null,
            };
        }
        return (body is null ? (_greetings.ContainsKey(key) ? 404 : 401) : 200,
            body is null ? "{\"error\": \"unauthorized or unknown\"}" : JsonSerializer.Serialize(body));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
