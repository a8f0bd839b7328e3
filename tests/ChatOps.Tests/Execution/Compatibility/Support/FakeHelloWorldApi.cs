using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Tests.Integrations.Support;

namespace ChatOps.Tests.Execution.Compatibility.Support;

/// <summary>
/// The HelloWorld API (soar.monstersofhack.com) as HelloWorld.py calls it, on 127.0.0.1: GETs under /api/v1 with
/// `Authorization: Bearer &lt;apikey&gt;`. It answers with the checkout's own test_data files, as the content team's
/// unit tests mock the service: /ip (ip_reputation.json), /domain (domain_reputation.json), /get_alerts (the
/// "alerts" list of search_alerts.json, which is what their test_search_alerts mocks). A request without the one
/// key it was given gets 403 Forbidden, the answer HelloWorld's test_module looks for; a path it does not know,
/// 404. It records every request, so a test sees the query the integration built and the key it sent.
/// </summary>
internal sealed class FakeHelloWorldApi : IAsyncDisposable
{
    private readonly string _apiKey;
    private readonly IReadOnlyDictionary<string, string> _answers;
    private readonly List<FakeApiRequest> _requests = [];
    private readonly LoopbackJsonApi _server;

    /// <param name="testData">The integration's test_data folder in the checkout.</param>
    public FakeHelloWorldApi(string testData, string apiKey)
    {
        _apiKey = apiKey;
        _answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/api/v1/ip"] = File.ReadAllText(Path.Combine(testData, "ip_reputation.json")),
            ["/api/v1/domain"] = File.ReadAllText(Path.Combine(testData, "domain_reputation.json")),
            ["/api/v1/get_alerts"] = JsonNode.Parse(File.ReadAllText(Path.Combine(testData, "search_alerts.json")))!["alerts"]!.ToJsonString(),
        };
        _server = new LoopbackJsonApi(Answer);
    }

    /// <summary>What the instance's url param holds; HelloWorld appends /api/v1 itself.</summary>
    public string Url => _server.Url;

    /// <summary>The requests so far, oldest first.</summary>
    public IReadOnlyList<FakeApiRequest> Requests
    {
        get
        {
            lock (_requests) return _requests.ToList();
        }
    }

    private (int, string) Answer(HttpListenerRequest request)
    {
        var authorization = request.Headers["Authorization"];
        lock (_requests) _requests.Add(new FakeApiRequest(request.HttpMethod, request.Url!.PathAndQuery, authorization));
        if (authorization != "Bearer " + _apiKey) return (403, JsonSerializer.Serialize(new { error = "invalid api key" }));
        return request.HttpMethod == "GET" && _answers.TryGetValue(request.Url.AbsolutePath, out var answer)
            ? (200, answer)
            : (404, JsonSerializer.Serialize(new { error = "no such endpoint" }));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
