using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Integrations;

namespace ChatOps.Tests.Integrations;

/// <summary>Secrets are masked in every form an integration is likely to print them in.</summary>
public sealed class SecretRedactorTests
{
    // Written as a reader sees it: the default encoder would show the mask as \u003Credacted\u003E.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Every_occurrence_of_a_secret_is_masked()
    {
        var redactor = new SecretRedactor(["s3cr3t-Value"]);

        Assert.Equal("token=<redacted> and again <redacted>.", redactor.Redact("token=s3cr3t-Value and again s3cr3t-Value."));
    }

    [Theory]
    [InlineData("Authorization: Basic dXNlcjpwYXNzLXdvcmQ=", "Authorization: Basic <redacted>")]
    [InlineData("jwt part dXNlcjpwYXNzLXdvcmQ.", "jwt part <redacted>.")]
    public void Its_base64_is_masked_with_or_without_padding(string text, string redacted)
    {
        Assert.Equal(redacted, new SecretRedactor(["user:pass-word"]).Redact(text));
    }

    [Theory]
    [InlineData("GET /?key=p%40ss%20word%2F1&x=1", "GET /?key=<redacted>&x=1")]
    [InlineData("body key=p%40ss+word%2F1", "body key=<redacted>")]
    [InlineData("GET /?key=p%40ss%20word%2f1", "GET /?key=<redacted>")]
    public void Its_url_encoded_forms_are_masked(string text, string redacted)
    {
        Assert.Equal(redacted, new SecretRedactor(["p@ss word/1"]).Redact(text));
    }

    [Theory]
    [InlineData("""{"k": "pa\"ss\\w\u00f6rd"}""")]
    [InlineData("""{"k": "pa\u0022ss\\w\u00F6rd"}""")]
    [InlineData("""{"k": "pa\"ss\\wörd"}""")]
    public void Its_json_escaped_forms_are_masked(string json)
    {
        Assert.Equal("""{"k": "<redacted>"}""", new SecretRedactor(["pa\"ss\\wörd"]).Redact(json));
    }

    [Fact]
    public void Where_two_secrets_overlap_the_whole_stretch_is_masked()
    {
        var redactor = new SecretRedactor(["abcdef", "defghi"]);

        Assert.Equal("xx<redacted>xx", redactor.Redact("xxabcdefghixx"));
    }

    [Fact]
    public void The_longest_form_at_a_place_wins()
    {
        var redactor = new SecretRedactor(["secret", "secret-and-more"]);

        Assert.Equal("<redacted>!", redactor.Redact("secret-and-more!"));
    }

    [Fact]
    public void Values_shorter_than_four_characters_are_left_alone()
    {
        var redactor = new SecretRedactor(["abc", ""]);

        Assert.True(redactor.IsEmpty);
        Assert.Equal("abc abc", redactor.Redact("abc abc"));
    }

    [Fact]
    public void Text_without_a_secret_comes_back_as_the_same_string()
    {
        const string text = "nothing to see";

        Assert.Same(text, new SecretRedactor(["s3cr3t-Value"]).Redact(text));
        Assert.Same(text, SecretRedactor.None.Redact(text));
    }

    [Fact]
    public void A_mebibyte_of_output_is_masked_at_both_ends()
    {
        var filler = new string('x', 1024 * 1024);
        var text = "s3cr3t-Value" + filler + "s3cr3t-Value";

        Assert.Equal("<redacted>" + filler + "<redacted>", new SecretRedactor(["s3cr3t-Value"]).Redact(text));
    }

    [Fact]
    public void Every_string_of_a_json_tree_is_masked_keys_included_and_a_number_that_shows_a_secret_becomes_the_mask()
    {
        var redactor = new SecretRedactor(["s3cr3t-Value", "12345678"]);
        var tree = JsonNode.Parse("""{"Contents":"key s3cr3t-Value","list":["s3cr3t-Value",1,null],"s3cr3t-Value":true,"pin":12345678,"ok":3.5}""");

        var redacted = redactor.Redact(tree);

        Assert.Equal("""{"Contents":"key <redacted>","list":["<redacted>",1,null],"<redacted>":true,"pin":"<redacted>","ok":3.5}""", redacted!.ToJsonString(Readable));
        Assert.Equal("""{"Contents":"key s3cr3t-Value","list":["s3cr3t-Value",1,null],"s3cr3t-Value":true,"pin":12345678,"ok":3.5}""", tree!.ToJsonString());
    }

    [Fact]
    public void A_string_made_in_code_rather_than_parsed_is_masked_too()
    {
        var tree = new JsonObject { ["HumanReadable"] = "Bearer s3cr3t-Value", ["Guid"] = JsonValue.Create(Guid.Empty) };

        Assert.Equal(
            """{"HumanReadable":"Bearer <redacted>","Guid":"00000000-0000-0000-0000-000000000000"}""",
            new SecretRedactor(["s3cr3t-Value"]).Redact(tree)!.ToJsonString(Readable));
    }

    [Fact]
    public void Non_ascii_secrets_are_found_in_their_base64()
    {
        var secret = "clé-secrète";
        var text = "b64 " + Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));

        Assert.Equal("b64 <redacted>", new SecretRedactor([secret]).Redact(text));
    }
}
