using System.Net;
using ChatOps.Options;
using Microsoft.Extensions.Options;

namespace ChatOps.Policy;

/// <summary>
/// Typed HttpClient for the configured PEP 503 "simple" index (Images:IndexUrl): GET &lt;index&gt;/&lt;normalised
/// name&gt;/ answers 200 with one link per file for a project that exists, 404 for one that does not.
/// </summary>
internal sealed class PackageIndexClient(HttpClient http, IOptions<ImagesOptions> images)
{
    public string IndexUrl => images.Value.IndexUrl.TrimEnd('/');

    /// <summary>Whether the project exists and has at least one file to install.</summary>
    /// <exception cref="PackageIndexUnavailableException">The index did not answer or answered neither found nor missing.</exception>
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        var url = $"{IndexUrl}/{Uri.EscapeDataString(PackageName.Normalise(name))}/";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound) return false;
            if (!response.IsSuccessStatusCode)
                throw new PackageIndexUnavailableException($"the index {IndexUrl} answered {(int)response.StatusCode} {response.ReasonPhrase} for {url}");
            var page = await response.Content.ReadAsStringAsync(cancellationToken);
            // A project page without a single file link has nothing pip could install.
            return page.Contains("<a ", StringComparison.OrdinalIgnoreCase);
        }
        catch (HttpRequestException exception)
        {
            throw new PackageIndexUnavailableException($"the index {IndexUrl} cannot be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PackageIndexUnavailableException($"the index {IndexUrl} did not answer within {http.Timeout.TotalSeconds:0} s", exception);
        }
    }
}
