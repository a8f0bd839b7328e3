using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace ChatOps.Delivery;

/// <summary>
/// The retry pipeline (Microsoft.Extensions.Http.Resilience, i.e. Polly) on the HttpClients that deliver to Slack and
/// Discord: a total timeout, then exponential backoff with jitter, then a timeout per attempt.
///
/// What is retried, and why it is safe:
/// - a failure before the request left (connection refused, name not resolved, TLS handshake): the platform never
///   saw it, so sending it again cannot do anything twice. Any call.
/// - 429: the platform's rate limiter refused it before doing anything (Slack and Discord both say so), after the
///   Retry-After it gives. Any call; a Retry-After longer than Delivery:MaxRetryAfter is not waited for.
/// - 500, 502, 503, 504: the platform answered that it did not carry the request out. Any call.
/// - a request sent but not answered (the connection dropped, "The response ended prematurely", an attempt timed
///   out): the platform may or may not have done it. Only calls marked <see cref="Repeatable"/>, whose second
///   arrival leaves the same state as the first (an edit of a given message to the same content, a bulk overwrite,
///   an interaction callback Discord takes only once). A new message (chat.postMessage, a follow-up) is not
///   retried then, since it could be posted twice; the adapter goes on another way or keeps the result.
/// </summary>
public static class DeliveryRetry
{
    private static readonly HttpRequestOptionsKey<bool> RepeatableKey = new("ChatOps.Delivery.Repeatable");

    /// <summary>Marks a request whose repetition is harmless, so it is retried even when its fate is unknown.</summary>
    public static HttpRequestMessage Repeatable(this HttpRequestMessage request)
    {
        request.Options.Set(RepeatableKey, true);
        return request;
    }

    /// <param name="retryAfter">
    /// Where the platform says how long to wait besides the Retry-After header (Discord's retry_after in the body,
    /// more precise than the header's whole seconds); null when the header is all there is.
    /// </param>
    public static IHttpClientBuilder AddDeliveryRetry(this IHttpClientBuilder builder, Func<HttpResponseMessage, ValueTask<TimeSpan?>>? retryAfter = null)
    {
        builder.AddResilienceHandler("delivery", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<DeliveryOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            // Polly takes at least one retry; Delivery:MaxRetries 0 means none, so no retry strategy at all.
            if (options.MaxRetries > 0)
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.FirstRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    MaxDelay = options.MaxRetryAfter,
                    // Replaced by DelayGenerator below, which reads the header too and then the platform's own say.
                    ShouldRetryAfterHeader = false,
                    DelayGenerator = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
                        ? await RetryAfterAsync(limited, retryAfter)
                        : null,
                    ShouldHandle = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
                        ? await RetryAfterAsync(limited, retryAfter) is not { } wait || wait <= options.MaxRetryAfter
                        : ShouldRetry(args.Outcome, args.Context.GetRequestMessage()),
                });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    /// <summary>Whether a failure other than 429 is retried (429 is decided by its wait).</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (outcome.Result is { } response)
            return response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
        return outcome.Exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } => true,
            HttpRequestException or TimeoutRejectedException => IsRepeatable(request),
            _ => false,
        };
    }

    /// <summary>How long a 429 asks to wait: the platform's own say first, then the Retry-After header; null when neither says.</summary>
    private static async ValueTask<TimeSpan?> RetryAfterAsync(HttpResponseMessage response, Func<HttpResponseMessage, ValueTask<TimeSpan?>>? platform)
    {
        if (platform is not null)
        {
            // Buffered, so the caller can still read the body of the 429 it may end up with.
            await response.Content.LoadIntoBufferAsync();
            if (await platform(response) is { } said) return said;
        }
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
    }

    private static bool IsRepeatable(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(RepeatableKey, out var repeatable) && repeatable;
}
