using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.ContentUpdates;

/// <summary>
/// Typed HttpClient for the configured registry's tags list (GET /v2/&lt;name&gt;/tags/list, pages followed
/// through the Link header). Loopback registries are spoken to over http, as Docker does; others over https.
/// </summary>
internal sealed class RegistryTagClient(HttpClient http, IOptions<ImagesOptions> images)
{
    private const int MaxPages = 1000;

    /// <summary>Tags asked for per request (the registry may send fewer and a Link to the next page). Default 1000.</summary>
    public int PageSize { get; init; } = 1000;

    public string Registry => images.Value.Registry.Trim();

    public bool IsConfigured => Registry.Length > 0;

    /// <summary>The tags the registry holds for the repository; empty when it does not know the repository.</summary>
    /// <exception cref="TagLookupException">The registry did not answer or refused.</exception>
    public async Task<IReadOnlyList<string>> ListTagsAsync(string repository, CancellationToken cancellationToken)
    {
        var next = new Uri(BaseAddress(), $"v2/{repository}/tags/list?n={PageSize}");
        var tags = new List<string>();
        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages) throw new TagLookupException($"registry {Registry} returned more than {MaxPages} pages of tags for {repository}");
            using var response = await GetAsync(next, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound) return tags; // NAME_UNKNOWN: the registry has no such image.
            if (!response.IsSuccessStatusCode)
                throw new TagLookupException($"registry {Registry} answered {(int)response.StatusCode} {response.ReasonPhrase} for the tags of {repository}");
            TagsList? body;
            try
            {
                body = await response.Content.ReadFromJsonAsync<TagsList>(cancellationToken);
            }
            catch (JsonException exception)
            {
                throw new TagLookupException($"registry {Registry} sent an unreadable tags list for {repository}: {exception.Message}", exception);
            }
            tags.AddRange(body?.Tags ?? []);
            next = NextPage(response, next);
        }
        return tags;
    }

    private async Task<HttpResponseMessage> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetAsync(uri, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new TagLookupException($"registry {Registry} did not answer: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TagLookupException($"registry {Registry} did not answer in time", exception);
        }
    }

    private Uri BaseAddress()
    {
        if (!Uri.TryCreate($"http://{Registry}/", UriKind.Absolute, out var probe) || probe.AbsolutePath != "/")
            throw new TagLookupException($"Images:Registry '{Registry}' is not host:port");
        var loopback = probe.IsLoopback || (IPAddress.TryParse(probe.Host, out var address) && IPAddress.IsLoopback(address));
        return loopback ? probe : new Uri($"https://{Registry}/");
    }

    // Link: </v2/name/tags/list?last=x&n=1000>; rel="next"
    private static Uri? NextPage(HttpResponseMessage response, Uri current)
    {
        if (!response.Headers.TryGetValues("Link", out var links)) return null;
        foreach (var link in links)
        {
            var open = link.IndexOf('<');
            var close = link.IndexOf('>', open + 1);
            if (open >= 0 && close > open && link[close..].Contains("rel=\"next\"", StringComparison.Ordinal))
                return new Uri(current, link[(open + 1)..close]);
        }
        return null;
    }

    private sealed record TagsList([property: JsonPropertyName("name")] string? Name, [property: JsonPropertyName("tags")] List<string>? Tags);
}
