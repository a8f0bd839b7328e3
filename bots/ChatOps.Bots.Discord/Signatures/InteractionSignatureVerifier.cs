using System.Buffers;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace ChatOps.Bots.Discord.Signatures;

/// <summary>
/// Checks X-Signature-Ed25519 over X-Signature-Timestamp + raw body with the application's public key.
/// Anything that is not a valid signature is a "no": Discord probes the endpoint with bad signatures on purpose.
/// </summary>
internal sealed class InteractionSignatureVerifier
{
    private const int SignatureHexLength = 128;
    private const int MaxTimestampLength = 32;

    private readonly PublicKey? _key;

    public InteractionSignatureVerifier(IOptions<DiscordOptions> options) : this(options.Value.PublicKey)
    {
    }

    internal InteractionSignatureVerifier(string publicKeyHex) => _key = TryImport(publicKeyHex);

    /// <summary>False when Discord:PublicKey is missing or not a 32-byte hex key: then every request is refused.</summary>
    public bool IsConfigured => _key is not null;

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null || string.IsNullOrEmpty(timestamp) || timestamp.Length > MaxTimestampLength) return false;
        if (signatureHex is null || signatureHex.Length != SignatureHexLength) return false;

        Span<byte> signature = stackalloc byte[SignatureHexLength / 2];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != signature.Length)
            return false;

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var prefix = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(prefix));
        return SignatureAlgorithm.Ed25519.Verify(_key, signed, signature);
    }

    private static PublicKey? TryImport(string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex) || hex.Trim().Length != 64) return null;
        Span<byte> raw = stackalloc byte[32];
        if (Convert.FromHexString(hex.Trim(), raw, out _, out var written) != OperationStatus.Done || written != 32) return null;
        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key) ? key : null;
    }
}
