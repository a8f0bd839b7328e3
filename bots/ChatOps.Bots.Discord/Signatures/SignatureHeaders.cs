using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bots.Discord.Signatures;

/// <summary>
/// X-Signature-Ed25519 and X-Signature-Timestamp, read and shape-checked from the headers alone, so a request
/// without them (or with a signature that cannot be one, or a timestamp that is not Unix seconds) is refused
/// before a byte of its body is read.
/// </summary>
internal sealed record SignatureHeaders(string Signature, string Timestamp, DateTimeOffset SignedAt)
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>An Ed25519 signature is 64 bytes, 128 hex characters.</summary>
    private const int SignatureHexLength = 128;

    /// <summary>Unix seconds have 10 digits until the year 2286; 12 leaves room without letting a huge number through.</summary>
    private const int MaxTimestampDigits = 12;

    public static bool TryRead(IHeaderDictionary headers, [NotNullWhen(true)] out SignatureHeaders? read, [NotNullWhen(false)] out string? problem)
    {
        read = null;
        string? signature = headers[SignatureHeader];
        string? timestamp = headers[TimestampHeader];
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp)) return Fail("missing signature headers", out problem);
        if (signature.Length != SignatureHexLength || !signature.All(char.IsAsciiHexDigit)) return Fail("malformed " + SignatureHeader, out problem);
        if (timestamp.Length > MaxTimestampDigits || !timestamp.All(char.IsAsciiDigit)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return Fail("malformed " + TimestampHeader + " (not Unix seconds)", out problem);
        read = new SignatureHeaders(signature, timestamp, DateTimeOffset.FromUnixTimeSeconds(seconds));
        problem = null;
        return true;
    }

    private static bool Fail(string reason, out string problem)
    {
        problem = reason;
        return false;
    }
}
