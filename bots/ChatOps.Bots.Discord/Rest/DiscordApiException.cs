using System.Net;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>Discord answered a REST call with an error; Route names the call without its secret token.</summary>
public sealed class DiscordApiException(HttpStatusCode status, string route, string body)
    : Exception($"Discord refused {route}: {(int)status} {status}: {Shorten(body)}")
{
    public HttpStatusCode Status { get; } = status;

    public string Route { get; } = route;

    private static string Shorten(string body) => body.Length <= 500 ? body : body[..500] + "…";
}
