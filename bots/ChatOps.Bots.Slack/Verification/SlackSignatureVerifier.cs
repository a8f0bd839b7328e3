using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Slack.Verification;

/// <summary>
/// Slack's request signing: "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)), the timestamp
/// within the tolerance of now, compared in constant time. The clock is injected so Slack's documented example
/// (signed in 2018) can be checked as it is.
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time, ReplayGuard replays)
{
    private const string Version = "v0";

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.MissingHeaders;
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret)) return SignatureCheck.NoSecretConfigured;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return SignatureCheck.MalformedTimestamp;

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > options.Value.TimestampTolerance.TotalSeconds) return SignatureCheck.StaleTimestamp;

        var expected = Sign(secret, timestamp, body);
        var given = Encoding.ASCII.GetBytes(signature);
        if (!CryptographicOperations.FixedTimeEquals(expected, given)) return SignatureCheck.WrongSignature;

        // Only a genuine signature is remembered, so forged requests cannot fill the replay cache.
        return replays.TryRecord(signature, DateTimeOffset.FromUnixTimeSeconds(seconds)) ? SignatureCheck.Valid : SignatureCheck.Replayed;
    }

    /// <summary>The header value Slack would send for this body, as ASCII bytes ("v0=" + lower-case hex).</summary>
    public static byte[] Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var signedBase = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signedBase, 0);
        body.CopyTo(signedBase.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signedBase);
        return Encoding.ASCII.GetBytes(Version + "=" + Convert.ToHexStringLower(mac));
    }
}
