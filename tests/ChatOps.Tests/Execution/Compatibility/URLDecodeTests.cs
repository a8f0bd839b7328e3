using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>CommonScripts' URLDecode: a note built by hand with entryTypes and formats, the cases of its _test.py.</summary>
[Collection(XsoarContentCollection.Name)]
public sealed class URLDecodeTests(XsoarContentFixture content)
{
    [XsoarContentFact]
    public async Task URLDecode_of_escaped_slashes_gives_the_url_as_note_and_DecodedURL_in_the_context()
    {
        var run = await content.RunAsync("compat-urldecode-slashes", "URLDecode", ("value", "https:%2F%2Fexample.com"));

        Assert.Equal(CanonicalJson.Of("""
            {"Type": 1, "Contents": {"DecodedURL": "https://example.com"}, "ContentsFormat": "json",
             "HumanReadable": "https://example.com", "ReadableContentsFormat": "markdown",
             "EntryContext": {"DecodedURL": "https://example.com"}}
            """), CanonicalJson.Of(run.SingleEntry()));
        Assert.Empty(run.ContextRefusals);
        Assert.Equal(CanonicalJson.Of("""{"DecodedURL": "https://example.com"}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task URLDecode_of_an_escaped_space_gives_the_space()
    {
        var run = await content.RunAsync("compat-urldecode-space", "URLDecode", ("value", "https://example.com/?test%20this"));

        Assert.Equal("https://example.com/?test this", run.SingleEntry().GetProperty("HumanReadable").GetString());
        Assert.Equal(CanonicalJson.Of("""{"DecodedURL": "https://example.com/?test this"}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task URLDecode_run_twice_in_a_channel_appends_the_second_DecodedURL_to_the_first()
    {
        await content.RunAsync("compat-urldecode-twice", "URLDecode", ("value", "a%20b"));
        var run = await content.RunAsync("compat-urldecode-twice", "URLDecode", ("value", "c%2Fd"));

        Assert.Equal(CanonicalJson.Of("""{"DecodedURL": ["a b", "c/d"]}"""), CanonicalJson.Of(run.Context));
    }
}
