using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Images;

/// <summary>
/// The one registry call the bot needs beyond the engine: GET /v2/&lt;name&gt;/tags/list (Docker Registry HTTP API V2).
/// Loopback registries are spoken to over plain http (as the engine treats 127.0.0.0/8 as insecure-allowed), all others over https.
/// </summary>
internal sealed class RegistryClient(HttpClient http, IOptions<ImagesOptions> options)
{
    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.Registry);

    /// <summary>"host:port", as it prefixes repositories for push and pull.</summary>
    public string Host => options.Value.Registry.Trim().TrimEnd('/');

    /// <summary>Every tag of the repository in the registry; empty when the registry does not know the repository.</summary>
    public async Task<IReadOnlyList<string>> ListTagsAsync(string repository, CancellationToken cancellationToken)
    {
        if (!Configured) return [];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RegistryTimeout);
        using var response = await http.GetAsync(BaseUri() + $"v2/{repository}/tags/list", timeout.Token);
        if (response.StatusCode == HttpStatusCode.NotFound) return [];
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"registry {Host} answered {(int)response.StatusCode} {response.ReasonPhrase} for the tags of {repository}");
        var list = await response.Content.ReadFromJsonAsync<TagList>(timeout.Token);
        return list?.Tags ?? [];
    }

    private string BaseUri()
    {
        var host = Host.Split(':')[0];
        var loopback = host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        return (loopback ? "http://" : "https://") + Host + "/";
    }

    private sealed record TagList([property: JsonPropertyName("name")] string? Name, [property: JsonPropertyName("tags")] List<string>? Tags);
}
