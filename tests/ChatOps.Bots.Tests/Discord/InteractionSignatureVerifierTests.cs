using System.Text;
using ChatOps.Bots.Discord.Signatures;
using ChatOps.Bots.Tests.Discord.Support;

namespace ChatOps.Bots.Tests.Discord;

/// <summary>The vector from chat-test-vectors.txt and everything that must not pass.</summary>
public sealed class InteractionSignatureVerifierTests
{
    private const string VectorTimestamp = "1700000000";
    private const string VectorBody = """{"type":1}""";
    private const string VectorSignature = "1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f";
    private const string Rfc8032EmptyMessageSignature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    private static readonly InteractionSignatureVerifier Verifier = new(TestSigningKey.Rfc8032PublicKey);

    private static bool Verify(string? signature, string? timestamp, string body) => Verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void The_vector_from_the_reference_verifies() => Assert.True(Verify(VectorSignature, VectorTimestamp, VectorBody));

    [Fact]
    public void The_vector_verifies_with_an_upper_case_signature() => Assert.True(Verify(VectorSignature.ToUpperInvariant(), VectorTimestamp, VectorBody));

    [Fact]
    public void The_test_signer_reproduces_rfc_8032_test_1_and_the_vector()
    {
        // The end-to-end tests sign with this helper: it must sign exactly as Discord's key would.
        using var key = TestSigningKey.Rfc8032();
        Assert.Equal(TestSigningKey.Rfc8032PublicKey, key.PublicKeyHex);
        Assert.Equal(Rfc8032EmptyMessageSignature, key.Sign("", ""));
        Assert.Equal(VectorSignature, key.Sign(VectorTimestamp, VectorBody));
    }

    [Fact]
    public void A_tampered_body_is_refused() => Assert.False(Verify(VectorSignature, VectorTimestamp, """{"type":2}"""));

    [Fact]
    public void A_body_with_an_added_space_is_refused() => Assert.False(Verify(VectorSignature, VectorTimestamp, """{"type": 1}"""));

    [Fact]
    public void A_tampered_timestamp_is_refused() => Assert.False(Verify(VectorSignature, "1700000001", VectorBody));

    [Fact]
    public void A_flipped_bit_in_the_signature_is_refused() => Assert.False(Verify("0" + VectorSignature[1..], VectorTimestamp, VectorBody));

    [Fact]
    public void A_signature_by_another_key_is_refused()
    {
        using var other = TestSigningKey.Random();
        Assert.False(Verify(other.Sign(VectorTimestamp, VectorBody), VectorTimestamp, VectorBody));
    }

    [Fact]
    public void A_verifier_holding_another_public_key_refuses_the_vector()
    {
        using var other = TestSigningKey.Random();
        Assert.False(new InteractionSignatureVerifier(other.PublicKeyHex).Verify(VectorSignature, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Theory]
    [InlineData(null, VectorTimestamp)]
    [InlineData(VectorSignature, null)]
    [InlineData("", VectorTimestamp)]
    [InlineData(VectorSignature, "")]
    [InlineData("zz95961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f", VectorTimestamp)]
    [InlineData("1695961a47c91a1ec033b819b7e87e3dbc583dd0", VectorTimestamp)]
    [InlineData(VectorSignature + "00", VectorTimestamp)]
    public void Missing_headers_bad_hex_and_wrong_lengths_are_refused(string? signature, string? timestamp) =>
        Assert.False(Verify(signature, timestamp, VectorBody));

    [Theory]
    [InlineData("")]
    [InlineData("not hex at all")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a")]
    public void Without_a_usable_public_key_everything_is_refused(string publicKey)
    {
        var verifier = new InteractionSignatureVerifier(publicKey);
        Assert.False(verifier.IsConfigured);
        Assert.False(verifier.Verify(VectorSignature, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }
}
