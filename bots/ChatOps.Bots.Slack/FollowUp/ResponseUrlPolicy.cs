using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// Which response_url values the bot will ever call: one whose scheme, host and port match an entry of
/// Slack:ResponseUrlHosts (https://hooks.slack.com:443 by default), plain http only on loopback. A request naming
/// any other URL is refused, so a forged URL is never called, not even on another port of an allowed host.
/// </summary>
internal sealed class ResponseUrlPolicy(IOptions<SlackOptions> options)
{
    private readonly ResponseUrlOrigin[] _origins = Parse(options.Value.ResponseUrlHosts);

    public bool TryAccept(string candidate, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? problem)
    {
        url = null;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var parsed))
        {
            problem = "the field 'response_url' is not an absolute URL";
            return false;
        }
        if (!IsAllowed(parsed, out problem)) return false;
        url = parsed;
        return true;
    }

    public bool IsAllowed(Uri url, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (!string.IsNullOrEmpty(url.UserInfo)) problem = "the response_url carries credentials";
        else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && ResponseUrlOrigin.IsLoopback(url))) problem = "the response_url must use https";
        else if (!_origins.Any(origin => origin.Matches(url)))
            problem = $"the response_url {url.Scheme}://{url.IdnHost}:{url.Port} (scheme, host and port) is not in Slack:ResponseUrlHosts";
        else return true;
        return false;
    }

    private static ResponseUrlOrigin[] Parse(string[] entries)
    {
        if (entries.Length == 0) entries = [SlackOptions.DefaultResponseUrlHost];
        var origins = new List<ResponseUrlOrigin>();
        foreach (var entry in entries)
        {
            // A wrong entry is a configuration mistake that would make every command fail later: say it at start.
            if (!ResponseUrlOrigin.TryParse(entry, out var origin))
                throw new InvalidOperationException(
                    $"Slack:ResponseUrlHosts entry '{entry}' is neither a host name (https on 443) nor an https origin (https://host:port); plain http is allowed only for a loopback host.");
            origins.Add(origin);
        }
        return origins.ToArray();
    }
}
