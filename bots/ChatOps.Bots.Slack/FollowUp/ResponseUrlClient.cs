using System.Net.Http.Json;
using ChatOps.Bots.Slack.Rendering;
using ChatOps.Bots.Slack.WebApi;
using ChatOps.Delivery;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bots.Slack.FollowUp;

/// <summary>
/// Posts messages to a response_url, on a typed HttpClient that never follows redirects and retries what failed in
/// passing (see DeliveryRetry). The URL is checked against the allowlist again right before the call: nothing
/// outside it is ever contacted.
/// </summary>
internal sealed class ResponseUrlClient(HttpClient http, ResponseUrlPolicy policy, ILogger<ResponseUrlClient> logger)
{
    private const string Method = "response_url";

    public async Task PostAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        if (!policy.IsAllowed(responseUrl, out var problem)) throw new InvalidOperationException($"Refusing to call {responseUrl.IdnHost}: {problem}.");

        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, options: SlackJson.Options) };
        // A replacement of the requester's message is the same message however often it arrives; a new message is not.
        if (message.ReplaceOriginal == true) request.Repeatable();
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode) return;

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var error = body.Length > 200 ? body[..200] : body;
        logger.LogWarning("Slack response_url post failed: HTTP {Status} {Error}", (int)response.StatusCode, error);
        throw new SlackApiException(Method, error.Length == 0 ? "unexpected HTTP status" : error, (int)response.StatusCode);
    }
}
