using System.Collections.Concurrent;
using System.Net;

namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>An HttpMessageHandler that answers 200 "ok" to everything and keeps the request bodies, for unit tests without sockets.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    public ConcurrentQueue<(Uri Url, string Body)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request.RequestUri!, body));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") };
    }
}
