using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// One entry of Slack:ResponseUrlHosts: a scheme, a host and a port that a response_url must match exactly. A bare
/// host ("hooks.slack.com") means https on 443; an origin ("https://hooks.example:8443", "http://127.0.0.1:5080")
/// names all three. Plain http is only ever an origin on a loopback host: anywhere else it would let anyone on
/// the path read the result and forge the answer.
/// </summary>
internal sealed record ResponseUrlOrigin(string Scheme, string Host, int Port)
{
    public static bool TryParse(string entry, [NotNullWhen(true)] out ResponseUrlOrigin? origin)
    {
        origin = null;
        var text = entry.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = Uri.UriSchemeHttps + "://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.AbsolutePath != "/" || url.Query.Length > 0 || url.UserInfo.Length > 0) return false;
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && IsLoopback(url))) return false;
        origin = new ResponseUrlOrigin(url.Scheme, url.IdnHost, url.Port);
        return true;
    }

    public bool Matches(Uri url) =>
        url.Scheme == Scheme && url.Port == Port && string.Equals(url.IdnHost, Host, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Scheme}://{Host}:{Port}";

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
