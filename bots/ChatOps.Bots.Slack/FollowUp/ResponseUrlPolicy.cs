using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// Which response_url values the bot will ever call: https on a configured host (hooks.slack.com by default),
/// plain http only on loopback. A request naming any other URL is refused, so a forged URL is never called.
/// </summary>
internal sealed class ResponseUrlPolicy(IOptions<SlackOptions> options)
{
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
        var hosts = options.Value.ResponseUrlHosts is { Length: > 0 } configured ? configured : [SlackOptions.DefaultResponseUrlHost];
        if (!string.IsNullOrEmpty(url.UserInfo)) problem = "the response_url carries credentials";
        else if (!hosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase)) problem = $"the response_url host '{url.IdnHost}' is not in Slack:ResponseUrlHosts";
        else if (url.Scheme == Uri.UriSchemeHttps) return true;
        else if (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)) return true;
        else problem = "the response_url must use https";
        return false;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
