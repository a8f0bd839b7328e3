using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Tests.Service.Support;

/// <summary>A slash command form signed the way Slack signs it (v0, HMAC-SHA256 of "v0:timestamp:body").</summary>
internal static class SlackRequest
{
    public const string SigningSecret = "service-tests-signing-secret";

    public static HttpRequestMessage Command(string baseUrl, string text, string responseUrl)
    {
        var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["command"] = "/run", ["text"] = text, ["user_id"] = "U0SERVICE", ["channel_id"] = "C0SERVICE", ["team_id"] = "T0SERVICE",
            ["response_url"] = responseUrl,
        }).ReadAsStringAsync().Result;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/slack/commands")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
