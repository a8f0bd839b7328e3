using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Typed HttpClient for an OSV-compatible advisory endpoint (Policy:AdvisoryUrl): POST /v1/querybatch with one
/// query per installed distribution (ecosystem PyPI, exact version) answers, in the same order, the ids of the
/// advisories that affect each.
/// </summary>
internal sealed class AdvisoryClient(HttpClient http, IOptions<PolicyOptions> options)
{
    /// <summary>OSV accepts at most 1000 queries per batch.</summary>
    private const int BatchSize = 1000;

    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.AdvisoryUrl);

    public string AdvisoryUrl => options.Value.AdvisoryUrl.TrimEnd('/');

    /// <summary>For each distribution, in order, the ids of the advisories affecting its installed version.</summary>
    /// <exception cref="AdvisoryUnavailableException">The endpoint is not configured, cannot be reached or answered something else than OSV.</exception>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> QueryAsync(IReadOnlyList<InstalledDistribution> installed, CancellationToken cancellationToken)
    {
        if (!Configured) throw new AdvisoryUnavailableException("no advisory source is configured");
        var results = new List<IReadOnlyList<string>>(installed.Count);
        foreach (var batch in installed.Chunk(BatchSize)) results.AddRange(await QueryBatchAsync(batch, cancellationToken));
        return results;
    }

    private async Task<IReadOnlyList<IReadOnlyList<string>>> QueryBatchAsync(InstalledDistribution[] batch, CancellationToken cancellationToken)
    {
        var url = $"{AdvisoryUrl}/v1/querybatch";
        var body = new JsonObject
        {
            ["queries"] = new JsonArray(batch.Select(d => (JsonNode)new JsonObject
            {
                ["package"] = new JsonObject { ["name"] = d.Name, ["ecosystem"] = "PyPI" },
                ["version"] = d.Version,
            }).ToArray()),
        };
        try
        {
            using var response = await http.PostAsJsonAsync(url, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new AdvisoryUnavailableException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            if (answer?["results"] is not JsonArray results || results.Count != batch.Length)
                throw new AdvisoryUnavailableException($"{url} did not answer one result per query");
            return results
                .Select(result => (IReadOnlyList<string>)((result?["vulns"] as JsonArray) ?? [])
                    .Select(vuln => vuln?["id"]?.GetValue<string>())
                    .OfType<string>()
                    .ToList())
                .ToList();
        }
        catch (HttpRequestException exception)
        {
            throw new AdvisoryUnavailableException($"{url} cannot be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AdvisoryUnavailableException($"{url} did not answer within {http.Timeout.TotalSeconds:0} s", exception);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new AdvisoryUnavailableException($"{url} answered something that is not the OSV format: {exception.Message}", exception);
        }
    }
}
