using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ChatOps.Bots.Discord.Rest;

/// <summary>
/// What Discord said about rate limits: a route whose X-RateLimit-Remaining reached 0 waits X-RateLimit-Reset-After;
/// a 429 waits retry_after, for every route when it says "global". Per client instance, no static state.
/// </summary>
internal sealed class RateLimitGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _routeOpensAt = new(StringComparer.Ordinal);
    private long _globalOpensAtTicks;

    public async Task WaitAsync(string route, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var opensAt = new DateTimeOffset(Interlocked.Read(ref _globalOpensAtTicks), TimeSpan.Zero);
        if (_routeOpensAt.TryGetValue(route, out var routeOpensAt) && routeOpensAt > opensAt) opensAt = routeOpensAt;
        if (opensAt > now) await Task.Delay(opensAt - now, time, cancellationToken);
        _routeOpensAt.TryRemove(route, out _);
    }

    public void Observe(string route, HttpResponseMessage response)
    {
        // Interaction tokens make many one-off routes: forget the ones whose wait is over.
        if (_routeOpensAt.Count > 256)
            foreach (var (key, opensAt) in _routeOpensAt)
                if (opensAt <= time.GetUtcNow()) _routeOpensAt.TryRemove(key, out _);
        if (Header(response, "X-RateLimit-Remaining") is "0" && Seconds(Header(response, "X-RateLimit-Reset-After")) is { } resetAfter)
            _routeOpensAt[route] = time.GetUtcNow() + resetAfter;
    }

    /// <summary>How long a 429 asks to wait, from the JSON body's retry_after or else the Retry-After header.</summary>
    public TimeSpan OnTooManyRequests(string route, HttpResponseMessage response, string body)
    {
        var wait = TimeSpan.FromSeconds(1);
        var global = Header(response, "X-RateLimit-Global") is "true";
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("retry_after", out var retryAfter) && retryAfter.TryGetDouble(out var seconds))
                wait = TimeSpan.FromSeconds(Math.Max(0, seconds));
            if (json.RootElement.TryGetProperty("global", out var isGlobal) && isGlobal.ValueKind == JsonValueKind.True) global = true;
        }
        catch (JsonException)
        {
            // Cloudflare's 429s are HTML: the header is all there is.
            if (Seconds(Header(response, "Retry-After")) is { } header) wait = header;
        }

        var opensAt = time.GetUtcNow() + wait;
        if (global) Interlocked.Exchange(ref _globalOpensAtTicks, opensAt.UtcTicks);
        else _routeOpensAt[route] = opensAt;
        return wait;
    }

    /// <summary>The retry_after a 429's JSON body gives (seconds, with fractions); null for Cloudflare's HTML 429s.</summary>
    public static async ValueTask<TimeSpan?> RetryAfterInBodyAsync(HttpResponseMessage response)
    {
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("retry_after", out var retryAfter)
                   && retryAfter.TryGetDouble(out var seconds)
                ? TimeSpan.FromSeconds(Math.Max(0, seconds))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;

    internal static bool IsTooManyRequests(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.TooManyRequests;
}
