using System.Text.Json.Nodes;
using ChatOps.Execution.Context;

namespace ChatOps.Tests.Execution.Context;

/// <summary>DeleteContext key=A.B removes only what the path names.</summary>
public sealed class ContextDeleteTests
{
    private static string Delete(string context, string key) =>
        ContextDelete.Apply(JsonNode.Parse(context)!.AsObject(), key).ToJsonString();

    [Fact]
    public void A_nested_path_is_removed_and_its_siblings_and_parents_stay()
    {
        Assert.Equal("""{"A":{"C":2},"D":3}""", Delete("""{"A":{"B":{"X":1},"C":2},"D":3}""", "A.B"));
    }

    [Fact]
    public void A_top_level_key_is_removed()
    {
        Assert.Equal("""{"D":3}""", Delete("""{"A":1,"D":3}""", "A"));
    }

    [Fact]
    public void A_path_through_a_list_removes_the_field_from_each_of_its_objects()
    {
        Assert.Equal("""{"DBotScore":[{"Indicator":"a"},{"Indicator":"b"},"x"]}""",
            Delete("""{"DBotScore":[{"Indicator":"a","Score":1},{"Indicator":"b","Score":2},"x"]}""", "DBotScore.Score"));
    }

    [Fact]
    public void A_path_that_is_not_there_is_reported_in_deletecontexts_words()
    {
        var refusal = Assert.Throws<ContextRuleException>(() => Delete("""{"A":{"C":2}}""", "A.B"));

        Assert.Equal("key does not exist: A.B", refusal.Message);
    }

    [Fact]
    public void A_merge_key_is_not_a_path_to_delete()
    {
        var refusal = Assert.Throws<ContextRuleException>(() => Delete("""{"A":1}""", "A(true)"));

        Assert.Equal("DeleteContext takes a path such as A.B, not the merge key 'A(true)'", refusal.Message);
    }
}
