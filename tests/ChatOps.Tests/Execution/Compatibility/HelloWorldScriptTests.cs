using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>HelloWorld's HelloWorldScript: CommandResults through return_results, its outputs written to the context.</summary>
[Collection(XsoarContentCollection.Name)]
public sealed class HelloWorldScriptTests(XsoarContentFixture content)
{
    [XsoarContentFact]
    public async Task HelloWorldScript_with_name_Dbot_says_hello_in_markdown_and_writes_HelloWorld_hello_to_the_context()
    {
        var run = await content.RunAsync("compat-hello-dbot", "HelloWorldScript", ("name", "Dbot"));

        Assert.Equal(CanonicalJson.Of("""
            {"Type": 1, "ContentsFormat": "json", "Contents": {"HelloWorld": {"hello": "Hello Dbot"}},
             "HumanReadable": "## Hello Dbot", "EntryContext": {"HelloWorld": {"hello": "Hello Dbot"}},
             "IndicatorTimeline": [], "IgnoreAutoExtract": false, "Note": false, "Relationships": []}
            """), CanonicalJson.Of(run.SingleEntry()));
        Assert.Empty(run.ContextRefusals);
        Assert.Equal(CanonicalJson.Of("""{"HelloWorld": {"hello": "Hello Dbot"}}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task HelloWorldScript_without_a_name_says_hello_None()
    {
        var run = await content.RunAsync("compat-hello-none", "HelloWorldScript");

        Assert.Equal("## Hello None", run.SingleEntry().GetProperty("HumanReadable").GetString());
        Assert.Equal(CanonicalJson.Of("""{"HelloWorld": {"hello": "Hello None"}}"""), CanonicalJson.Of(run.Context));
    }
}
