using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.WebApi;

/// <summary>
/// Sends a request and, on 429, waits what Retry-After says and sends it again, a bounded number of times.
/// A wait longer than Slack:MaxRetryAfter, or too many 429s, fails the call with "rate_limited".
/// </summary>
internal sealed class RateLimitedSender(IOptions<SlackOptions> options, TimeProvider time, ILogger<RateLimitedSender> logger)
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> createRequest, string method, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = createRequest();
            var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests) return response;

            var wait = RetryAfter(response);
            response.Dispose();
            if (attempt >= options.Value.MaxRateLimitRetries || wait > options.Value.MaxRetryAfter)
            {
                logger.LogWarning("Slack {Method} is still rate limited after {Attempts} attempts (Retry-After {Wait}); giving up", method, attempt + 1, wait);
                throw new SlackApiException(method, "rate_limited", 429);
            }
            logger.LogInformation("Slack {Method} rate limited; retrying after {Wait}", method, wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - time.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
        return DefaultRetryAfter;
    }
}
