using System.Net.Http.Headers;
using System.Text;
using ChatOps.Bots.Slack.Verification;

namespace ChatOps.Bots.Tests.Slack.Support;

/// <summary>Builds slash-command form posts the way Slack signs them.</summary>
internal static class SignedRequest
{
    public const string Secret = "test-signing-secret";

    public static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    public static string SlashCommand(string command, string text, Uri responseUrl, string user = "U2CERLKJA", string channel = "C0WARROOM") =>
        Form(("token", "ignored"), ("team_id", "T1DC2JH3J"), ("channel_id", channel), ("user_id", user),
            ("command", command), ("text", text), ("response_url", responseUrl.ToString()), ("trigger_id", "1.2.3"));

    public static HttpRequestMessage Create(string body, DateTimeOffset? signedAt = null, string secret = Secret, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var request = Unsigned(bytes);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? Encoding.ASCII.GetString(SlackSignatureVerifier.Sign(secret, timestamp, bytes)));
        return request;
    }

    public static HttpRequestMessage Unsigned(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = content };
    }

    /// <summary>A copy of a request, for sending the same signed bytes twice.</summary>
    public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage original)
    {
        var copy = Unsigned(await original.Content!.ReadAsByteArrayAsync());
        foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return copy;
    }
}
