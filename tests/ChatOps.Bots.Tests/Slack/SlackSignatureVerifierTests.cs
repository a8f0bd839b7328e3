using System.Text;
using ChatOps.Bots.Slack;
using ChatOps.Bots.Slack.Verification;
using ChatOps.Bots.Tests.Slack.Support;
using Microsoft.Extensions.Options;

namespace ChatOps.Bots.Tests.Slack;

public sealed class SlackSignatureVerifierTests
{
    // Slack's documented example (docs.slack.dev, verifying requests from Slack), copied from chat-test-vectors.txt.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1531420618));

    private SlackSignatureVerifier Verifier(string secret = Secret)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new SlackOptions { SigningSecret = secret });
        return new SlackSignatureVerifier(options, _clock, new ReplayGuard(options, _clock));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Slacks_documented_example_is_valid_at_its_own_time()
    {
        Assert.Equal(SignatureCheck.Valid, Verifier().Verify(Timestamp, Signature, Bytes(Body)));
    }

    [Fact]
    public void Signing_the_documented_body_gives_the_documented_signature()
    {
        Assert.Equal(Signature, Encoding.ASCII.GetString(SlackSignatureVerifier.Sign(Secret, Timestamp, Bytes(Body))));
    }

    [Fact]
    public void A_body_changed_by_one_character_is_refused()
    {
        var forged = Body.Replace("text=&", "text=x&", StringComparison.Ordinal);
        Assert.Equal(SignatureCheck.WrongSignature, Verifier().Verify(Timestamp, Signature, Bytes(forged)));
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused()
    {
        var forged = Encoding.ASCII.GetString(SlackSignatureVerifier.Sign("not-the-secret", Timestamp, Bytes(Body)));
        Assert.Equal(SignatureCheck.WrongSignature, Verifier().Verify(Timestamp, forged, Bytes(Body)));
    }

    [Fact]
    public void A_signature_in_upper_case_hex_or_without_version_is_refused()
    {
        Assert.Equal(SignatureCheck.WrongSignature, Verifier().Verify(Timestamp, "v0=" + Signature[3..].ToUpperInvariant(), Bytes(Body)));
        Assert.Equal(SignatureCheck.WrongSignature, Verifier().Verify(Timestamp, Signature[3..], Bytes(Body)));
    }

    [Fact]
    public void The_documented_example_is_stale_a_second_after_five_minutes()
    {
        _clock.Now = DateTimeOffset.FromUnixTimeSeconds(1531420618 + 300);
        Assert.Equal(SignatureCheck.Valid, Verifier().Verify(Timestamp, Signature, Bytes(Body)));

        _clock.Now = DateTimeOffset.FromUnixTimeSeconds(1531420618 + 301);
        Assert.Equal(SignatureCheck.StaleTimestamp, Verifier().Verify(Timestamp, Signature, Bytes(Body)));
    }

    [Fact]
    public void A_timestamp_from_more_than_five_minutes_in_the_future_is_refused()
    {
        _clock.Now = DateTimeOffset.FromUnixTimeSeconds(1531420618 - 301);
        Assert.Equal(SignatureCheck.StaleTimestamp, Verifier().Verify(Timestamp, Signature, Bytes(Body)));
    }

    [Fact]
    public void The_same_signed_request_is_accepted_once_only()
    {
        var verifier = Verifier();
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(Timestamp, Signature, Bytes(Body)));
        _clock.Now += TimeSpan.FromSeconds(30);
        Assert.Equal(SignatureCheck.Replayed, verifier.Verify(Timestamp, Signature, Bytes(Body)));
    }

    [Fact]
    public void A_forged_request_does_not_use_up_the_genuine_signature()
    {
        var verifier = Verifier();
        Assert.Equal(SignatureCheck.WrongSignature, verifier.Verify(Timestamp, Signature, Bytes(Body + "&x=1")));
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(Timestamp, Signature, Bytes(Body)));
    }

    [Theory]
    [InlineData(null, Signature)]
    [InlineData(Timestamp, null)]
    [InlineData("", "")]
    public void Missing_headers_are_refused(string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.MissingHeaders, Verifier().Verify(timestamp, signature, Bytes(Body)));
    }

    [Theory]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData("soon")]
    public void A_timestamp_that_is_not_whole_seconds_is_refused(string timestamp)
    {
        Assert.Equal(SignatureCheck.MalformedTimestamp, Verifier().Verify(timestamp, Signature, Bytes(Body)));
    }

    [Fact]
    public void Without_a_configured_secret_everything_is_refused()
    {
        Assert.Equal(SignatureCheck.NoSecretConfigured, Verifier(secret: "").Verify(Timestamp, Signature, Bytes(Body)));
    }
}
