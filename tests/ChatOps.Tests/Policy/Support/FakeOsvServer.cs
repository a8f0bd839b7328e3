using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Tests.Policy.Support;

/// <summary>
/// An OSV-compatible advisory server on 127.0.0.1: POST /v1/querybatch with {"queries":[{"package":{"name","ecosystem"},
/// "version"}]} answers {"results":[{"vulns":[{"id","modified"}]} or {} per query, in order], as api.osv.dev does.
/// </summary>
internal sealed class FakeOsvServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private FakeOsvServer(LoopbackServer server) => _server = server;

    public ConcurrentQueue<JsonObject> Queries { get; } = new();

    public string Url => _server.Address.ToString().TrimEnd('/');

    /// <param name="advisories">(PyPI name, exact version) -> advisory ids affecting it.</param>
    public static async Task<FakeOsvServer> StartAsync(IReadOnlyDictionary<(string Name, string Version), string[]> advisories)
    {
        FakeOsvServer? osv = null;
        var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Method != HttpMethods.Post || context.Request.Path != "/v1/querybatch")
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var body = await context.Request.ReadFromJsonAsync<JsonObject>();
            var results = new JsonArray();
            foreach (var query in body!["queries"]!.AsArray())
            {
                osv!.Queries.Enqueue(query!.AsObject().DeepClone().AsObject());
                var name = query["package"]!["name"]!.GetValue<string>();
                var ecosystem = query["package"]!["ecosystem"]!.GetValue<string>();
                var version = query["version"]!.GetValue<string>();
                var result = new JsonObject();
                if (ecosystem == "PyPI" && advisories.TryGetValue((name.ToLowerInvariant(), version), out var ids))
                {
                    result["vulns"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["modified"] = "2026-01-02T03:04:05Z" }).ToArray());
                }
                results.Add(result);
            }
            await context.Response.WriteAsJsonAsync(new JsonObject { ["results"] = results });
        });
        osv = new FakeOsvServer(server);
        return osv;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
