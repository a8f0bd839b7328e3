using ChatOps.Execution.Loop;
using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>
/// CommonScripts' Base64Decode (return_outputs). Its _test.py expects 'hello' and 'this', which the code at
/// 1c2fea16 does not give under Python 3: it returns str() of the decoded bytes. The code is what XSOAR runs, so
/// it is the reference here.
/// </summary>
[Collection(XsoarContentCollection.Name)]
public sealed class Base64DecodeTests(XsoarContentFixture content)
{
    [XsoarContentFact]
    public async Task Base64Decode_of_aGVsbG8_returns_the_str_of_the_bytes_as_note_and_context()
    {
        var run = await content.RunAsync("compat-base64-hello", "Base64Decode", ("value", "aGVsbG8="));

        Assert.Equal(CanonicalJson.Of("""
            {"Type": 1, "HumanReadable": "b'hello'", "ContentsFormat": "json",
             "Contents": {"Base64": {"originalValue": "aGVsbG8=", "decoded": "b'hello'"}},
             "EntryContext": {"Base64": {"originalValue": "aGVsbG8=", "decoded": "b'hello'"}},
             "IgnoreAutoExtract": false, "IndicatorTimeline": null}
            """), CanonicalJson.Of(run.SingleEntry()));
        Assert.Empty(run.ContextRefusals);
        Assert.Equal(CanonicalJson.Of("""{"Base64": {"originalValue": "aGVsbG8=", "decoded": "b'hello'"}}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task Base64Decode_of_dGhpcw_says_b_this()
    {
        var run = await content.RunAsync("compat-base64-this", "Base64Decode", ("value", "dGhpcw=="));

        var entry = run.SingleEntry();
        Assert.Equal("b'this'", entry.GetProperty("HumanReadable").GetString());
        Assert.Equal(CanonicalJson.Of("""{"Base64": {"originalValue": "dGhpcw==", "decoded": "b'this'"}}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task Base64Decode_of_bad_padding_raises_binascii_Error_with_no_entry_and_no_context()
    {
        var run = await content.RunAsync("compat-base64-padding", "Base64Decode", ("value", "aGVsbG8"));

        Assert.Empty(run.Entries);
        var raised = Assert.Single(run.Run.Outputs.OfType<ExceptionOutput>());
        Assert.Equal("binascii.Error: Incorrect padding", raised.Traceback[^1]);
        Assert.Equal("{}", CanonicalJson.Of(run.Context));
    }
}
