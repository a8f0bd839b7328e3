using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>CommonScripts' PrintErrorEntry: return_results of an error entry built with EntryType and EntryFormat.</summary>
[Collection(XsoarContentCollection.Name)]
public sealed class PrintErrorEntryTests(XsoarContentFixture content)
{
    [XsoarContentFact]
    public async Task PrintErrorEntry_sends_exactly_one_error_entry_with_the_message_and_writes_no_context()
    {
        var run = await content.RunAsync("compat-print-error", "PrintErrorEntry", ("message", "this is error"));

        Assert.Equal(CanonicalJson.Of("""{"Type": 4, "ContentsFormat": "text", "Contents": "this is error"}"""), CanonicalJson.Of(run.SingleEntry()));
        Assert.Equal("{}", CanonicalJson.Of(run.Context));
    }
}
