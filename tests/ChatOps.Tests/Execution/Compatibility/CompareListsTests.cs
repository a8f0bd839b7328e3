using ChatOps.Tests.Execution.Compatibility.Support;

namespace ChatOps.Tests.Execution.Compatibility;

/// <summary>
/// CommonScripts' CompareLists: isArray arguments arrive as the strings typed in the war room (XSOAR passes them so)
/// and argToList splits them. Its _test.py calls compare() with ints; typed in chat they are strings.
/// </summary>
[Collection(XsoarContentCollection.Name)]
public sealed class CompareListsTests(XsoarContentFixture content)
{
    [XsoarContentFact]
    public async Task CompareLists_of_comma_separated_lists_puts_left_only_right_only_and_both_in_the_context()
    {
        var run = await content.RunAsync("compat-compare-commas", "CompareLists", ("left", "1,2,3"), ("right", "2,3,4"));

        Assert.Equal(CanonicalJson.Of("""
            {"Type": 1, "ContentsFormat": "json",
             "Contents": "{\"ListCompare\": {\"LeftOnly\": [\"1\"], \"RightOnly\": [\"4\"], \"Both\": [\"2\", \"3\"]}}",
             "HumanReadable": "Set comparisons in Context.",
             "EntryContext": {"ListCompare": {"LeftOnly": ["1"], "RightOnly": ["4"], "Both": ["2", "3"]}}}
            """), CanonicalJson.Of(run.SingleEntry()));
        Assert.Empty(run.ContextRefusals);
        Assert.Equal(CanonicalJson.Of("""{"ListCompare": {"LeftOnly": ["1"], "RightOnly": ["4"], "Both": ["2", "3"]}}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task CompareLists_takes_a_json_list_string_as_argToList_does()
    {
        var run = await content.RunAsync("compat-compare-json", "CompareLists", ("left", "a,b"), ("right", """["b","c"]"""));

        run.SingleEntry();
        Assert.Equal(CanonicalJson.Of("""{"ListCompare": {"LeftOnly": ["a"], "RightOnly": ["c"], "Both": ["b"]}}"""), CanonicalJson.Of(run.Context));
    }

    [XsoarContentFact]
    public async Task CompareLists_with_an_empty_right_list_has_everything_left_only()
    {
        var run = await content.RunAsync("compat-compare-empty", "CompareLists", ("left", "a,b"), ("right", ""));

        run.SingleEntry();
        Assert.Equal(CanonicalJson.Of("""{"ListCompare": {"LeftOnly": ["a", "b"], "RightOnly": [], "Both": []}}"""), CanonicalJson.Of(run.Context));
    }
}
