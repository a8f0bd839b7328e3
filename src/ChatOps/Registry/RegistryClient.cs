using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Registry;

/// <summary>
/// The one typed HttpClient for the configured registry (Images:Registry, "host:port"): the only call the bot
/// makes beyond the engine, GET /v2/&lt;name&gt;/tags/list (Docker Registry HTTP API V2), pages followed through
/// the Link header. Pushes and pulls go through the engine, which reaches the same registry by the same name.
/// Loopback registries are spoken to over plain http, as the engine treats 127.0.0.0/8 as insecure-allowed; all
/// others over https.
/// </summary>
internal sealed class RegistryClient(HttpClient http, IOptions<ImagesOptions> images)
{
    private const int MaxPages = 1000;

    /// <summary>Tags asked for per request (the registry may send fewer and a Link to the next page). Default 1000.</summary>
    public int PageSize { get; init; } = 1000;

    public bool IsConfigured => Host.Length > 0;

    /// <summary>"host:port", as it prefixes repositories for push and pull; empty when none is configured.</summary>
    public string Host => images.Value.Registry.Trim().TrimEnd('/');

    /// <summary>The tags the registry holds for the repository; empty when it does not know the repository or none is configured.</summary>
    /// <param name="timeout">For each page; Images:RegistryTimeout unless the caller has its own (ContentUpdates:RegistryTimeout).</param>
    /// <exception cref="RegistryException">The registry did not answer in time, refused, or sent an unreadable list.</exception>
    public async Task<IReadOnlyList<string>> ListTagsAsync(string repository, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        if (!IsConfigured) return [];
        var next = new Uri(BaseAddress(), $"v2/{repository}/tags/list?n={PageSize}");
        var tags = new List<string>();
        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages) throw new RegistryException($"registry {Host} returned more than {MaxPages} pages of tags for {repository}");
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout ?? images.Value.RegistryTimeout);
            try
            {
                using var response = await http.GetAsync(next, deadline.Token);
                if (response.StatusCode == HttpStatusCode.NotFound) return tags; // NAME_UNKNOWN: the registry has no such image.
                if (!response.IsSuccessStatusCode)
                    throw new RegistryException($"registry {Host} answered {(int)response.StatusCode} {response.ReasonPhrase} for the tags of {repository}");
                var body = await response.Content.ReadFromJsonAsync<TagsList>(deadline.Token);
                tags.AddRange(body?.Tags ?? []);
                next = NextPage(response, next);
            }
            catch (HttpRequestException exception)
            {
                throw new RegistryException($"registry {Host} did not answer: {exception.Message}", exception);
            }
            catch (JsonException exception)
            {
                throw new RegistryException($"registry {Host} sent an unreadable tags list for {repository}: {exception.Message}", exception);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new RegistryException($"registry {Host} did not answer in time", exception);
            }
        }
        return tags;
    }

    private Uri BaseAddress()
    {
        if (!Uri.TryCreate($"http://{Host}/", UriKind.Absolute, out var probe) || probe.AbsolutePath != "/")
            throw new RegistryException($"Images:Registry '{Host}' is not host:port");
        var loopback = probe.IsLoopback || (IPAddress.TryParse(probe.Host, out var address) && IPAddress.IsLoopback(address));
        return loopback ? probe : new Uri($"https://{Host}/");
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
