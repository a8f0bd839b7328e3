using System.Text.Json.Nodes;
using ChatOps.Execution.Context;

namespace ChatOps.Tests.Execution.Context;

/// <summary>The Set script's rules: JSON values are parsed, append merges, no append overwrites the path.</summary>
public sealed class ContextSetTests
{
    private static string Set(string context, string key, string value, bool append) =>
        ContextSet.Apply(JsonNode.Parse(context)!.AsObject(), key, value, append).ToJsonString();

    [Fact]
    public void Without_append_the_nested_path_is_overwritten()
    {
        Assert.Equal("""{"A":{"B":"new","C":1}}""", Set("""{"A":{"B":["old"],"C":1}}""", "A.B", "new", append: false));
    }

    [Fact]
    public void A_json_value_is_stored_as_json_and_anything_else_as_text()
    {
        Assert.Equal("""{"A":{"k":[1,2]},"N":12345678901234567890,"S":"{not json","Q":"quoted","E":""}""",
            ContextSet.Apply(
                ContextSet.Apply(
                    ContextSet.Apply(
                        ContextSet.Apply(
                            ContextSet.Apply(new JsonObject(), "A", """{"k":[1,2]}""", append: false),
                            "N", "12345678901234567890", append: false),
                        "S", "{not json", append: false),
                    "Q", "\"quoted\"", append: false),
                "E", "", append: false).ToJsonString());
    }

    [Fact]
    public void With_append_a_value_joins_what_is_there()
    {
        Assert.Equal("""{"Hosts":["a","b","c"]}""", Set("""{"Hosts":"a"}""", "Hosts", """["b","c"]""", append: true));
    }

    [Fact]
    public void With_append_a_merge_key_updates_the_matching_item_as_the_set_readme_shows()
    {
        Assert.Equal("""{"Data":{"ID":"test_id","Value":"test_val2"}}""",
            Set("""{"Data":{"ID":"test_id","Value":"test_val1"}}""", "Data(val.ID == obj.ID)", """{"ID": "test_id", "Value": "test_val2"}""", append: true));
    }

    [Fact]
    public void Without_append_a_merge_key_is_refused()
    {
        var refusal = Assert.Throws<ContextRuleException>(() => Set("{}", "Data(val.ID == obj.ID)", "{}", append: false));

        Assert.Equal("Set takes the merge key 'Data(val.ID == obj.ID)' only with append=true; with append=false it overwrites a plain path (Set.yml says the same)",
            refusal.Message);
    }
}
