using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Bench.Slack;

/// <summary>
/// Open-loop load: one signed slash command every 1/rate seconds, whether or not earlier ones were answered,
/// so a slow server shows up as latency instead of silently lowering the rate. Each body is unique, as Slack's
/// are, so the replay guard accepts every request.
/// </summary>
internal sealed class LoadRun(HttpClient client, string secret, Uri responseUrl)
{
    public async Task<LatencyReport> RunAsync(int requestsPerSecond, TimeSpan duration)
    {
        var total = (int)(requestsPerSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / requestsPerSecond);
        var runs = new List<Task<(TimeSpan Latency, bool Ok)>>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = interval * i - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            runs.Add(SendOneAsync(i));
        }
        var results = await Task.WhenAll(runs);
        return LatencyReport.From(results.Where(r => r.Ok).Select(r => r.Latency).ToList(), results.Count(r => !r.Ok), clock.Elapsed);
    }

    private async Task<(TimeSpan, bool)> SendOneAsync(int n)
    {
        var body = $"team_id=T1&channel_id=C1&user_id=U{n}&command=%2Fdocker_images&text=&response_url={Uri.EscapeDataString(responseUrl.ToString())}&trigger_id={n}";
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (clock.Elapsed, response.StatusCode == HttpStatusCode.OK);
    }
}
