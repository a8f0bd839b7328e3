using System.Text;
using NSec.Cryptography;

namespace ChatOps.Bots.Tests.Discord.Support;

/// <summary>
/// Signs interactions the way Discord does (Ed25519 over timestamp + body). The default key is RFC 8032 7.1
/// TEST 1, the key of the vector in chat-test-vectors.txt; Random() makes a key the bot does not know.
/// </summary>
internal sealed class TestSigningKey : IDisposable
{
    public const string Rfc8032Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string Rfc8032PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private readonly Key _key;

    private TestSigningKey(Key key) => _key = key;

    public static TestSigningKey Rfc8032() =>
        new(Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(Rfc8032Seed), KeyBlobFormat.RawPrivateKey));

    public static TestSigningKey Random() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));

    public void Dispose() => _key.Dispose();
}
