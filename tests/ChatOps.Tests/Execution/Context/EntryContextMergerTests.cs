using System.Text.Json.Nodes;
using ChatOps.Execution.Context;

namespace ChatOps.Tests.Execution.Context;

/// <summary>XSOAR's rules for writing an entry's EntryContext into a context, each with its exact result.</summary>
public sealed class EntryContextMergerTests
{
    private const string AlertKey = "HelloWorld.Alert(val.alert_id && val.alert_id == obj.alert_id)";

    private const string DBotScoreKey =
        "DBotScore(val.Indicator && val.Indicator == obj.Indicator && val.Vendor == obj.Vendor && val.Type == obj.Type)";

    private static string Merge(string context, string entryContext) =>
        EntryContextMerger.Apply(JsonNode.Parse(context)!.AsObject(), JsonNode.Parse(entryContext)!.AsObject()).ToJsonString();

    private static string EntryOf(string key, string value) => new JsonObject { [key] = JsonNode.Parse(value) }.ToJsonString();

    [Fact]
    public void A_dotted_key_writes_nested_objects_and_keeps_their_siblings()
    {
        Assert.Equal("""{"A":{"X":1,"B":{"C":"v"}}}""", Merge("""{"A":{"X":1}}""", """{"A.B.C":"v"}"""));
    }

    [Fact]
    public void A_new_plain_key_takes_the_value_as_given()
    {
        Assert.Equal("""{"URLDecoded":"a b","L":[1]}""", Merge("{}", """{"URLDecoded":"a b","L":[1]}"""));
    }

    [Fact]
    public void A_plain_key_that_exists_becomes_a_list_of_the_old_and_the_new_value()
    {
        Assert.Equal("""{"URLDecoded":["a","b"]}""", Merge("""{"URLDecoded":"a"}""", """{"URLDecoded":"b"}"""));
    }

    [Fact]
    public void A_plain_key_appends_objects_instead_of_merging_them()
    {
        Assert.Equal("""{"IP":[{"Address":"1.1.1.1"},{"Address":"1.1.1.1","ASN":7}]}""",
            Merge("""{"IP":{"Address":"1.1.1.1"}}""", """{"IP":{"Address":"1.1.1.1","ASN":7}}"""));
    }

    [Fact]
    public void Lists_under_a_plain_key_are_concatenated()
    {
        Assert.Equal("""{"Hosts":["a","b","c","d"]}""", Merge("""{"Hosts":["a","b"]}""", """{"Hosts":["c","d"]}"""));
        Assert.Equal("""{"Hosts":["a","b","c"]}""", Merge("""{"Hosts":"a"}""", """{"Hosts":["b","c"]}"""));
    }

    [Fact]
    public void A_new_item_equal_by_the_merge_key_updates_the_existing_one_and_keeps_its_other_fields()
    {
        var context = """{"HelloWorld":{"Alert":[{"alert_id":1,"status":"new","owner":"ann"},{"alert_id":2,"status":"new"}]}}""";

        Assert.Equal("""{"HelloWorld":{"Alert":[{"alert_id":1,"status":"closed","owner":"ann"},{"alert_id":2,"status":"new"}]}}""",
            Merge(context, EntryOf(AlertKey, """{"alert_id":1,"status":"closed"}""")));
    }

    [Fact]
    public void A_new_item_no_existing_item_matches_is_appended()
    {
        Assert.Equal("""{"HelloWorld":{"Alert":[{"alert_id":1},{"alert_id":3}]}}""",
            Merge("""{"HelloWorld":{"Alert":{"alert_id":1}}}""", EntryOf(AlertKey, """{"alert_id":3}""")));
    }

    [Fact]
    public void Each_item_of_a_new_list_is_matched_on_its_own_and_a_single_result_is_stored_as_an_object()
    {
        Assert.Equal("""{"HelloWorld":{"Alert":[{"alert_id":1,"n":2},{"alert_id":5}]}}""",
            Merge("""{"HelloWorld":{"Alert":{"alert_id":1,"n":1}}}""", EntryOf(AlertKey, """[{"alert_id":1,"n":2},{"alert_id":5}]""")));
        Assert.Equal("""{"HelloWorld":{"Alert":{"alert_id":9}}}""", Merge("{}", EntryOf(AlertKey, """[{"alert_id":9}]""")));
    }

    [Fact]
    public void Items_of_one_list_that_match_each_other_collapse_into_one()
    {
        Assert.Equal("""{"HelloWorld":{"Alert":{"alert_id":4,"n":2}}}""",
            Merge("{}", EntryOf(AlertKey, """[{"alert_id":4,"n":1},{"alert_id":4,"n":2}]""")));
    }

    [Fact]
    public void A_merge_key_without_the_truthiness_guard_treats_two_missing_fields_as_equal_as_javascript_does()
    {
        Assert.Equal("""{"T":{"x":1,"y":2}}""", Merge("""{"T":{"x":1}}""", EntryOf("T(val.id == obj.id)", """{"y":2}""")));
        Assert.Equal("""{"T":[{"x":1},{"y":2}]}""", Merge("""{"T":{"x":1}}""", EntryOf("T(val.id && val.id == obj.id)", """{"y":2}""")));
    }

    [Fact]
    public void Loose_equality_matches_a_number_and_its_text_and_strict_equality_does_not()
    {
        Assert.Equal("""{"T":{"id":7,"s":1}}""", Merge("""{"T":{"id":"7"}}""", EntryOf("T(val.id == obj.id)", """{"id":7,"s":1}""")));
        Assert.Equal("""{"T":[{"id":"7"},{"id":7}]}""", Merge("""{"T":{"id":"7"}}""", EntryOf("T(val.id === obj.id)", """{"id":7}""")));
    }

    [Fact]
    public void A_compound_key_updates_only_when_every_joined_test_holds()
    {
        var context = """{"DBotScore":[{"Indicator":"8.8.8.8","Vendor":"VT","Type":"ip","Score":1},{"Indicator":"8.8.8.8","Vendor":"RF","Type":"ip","Score":0}]}""";
        var entry = """{"Indicator":"8.8.8.8","Vendor":"VT","Type":"ip","Score":3}""";

        Assert.Equal("""{"DBotScore":[{"Indicator":"8.8.8.8","Vendor":"VT","Type":"ip","Score":3},{"Indicator":"8.8.8.8","Vendor":"RF","Type":"ip","Score":0}]}""",
            Merge(context, EntryOf(DBotScoreKey, entry)));
        Assert.Equal("""{"DBotScore":[{"Indicator":"8.8.8.8","Vendor":"VT","Type":"ip","Score":1},{"Indicator":"8.8.8.8","Vendor":"RF","Type":"ip","Score":0},{"Indicator":"8.8.8.8","Vendor":"VT","Type":"domain","Score":3}]}""",
            Merge(context, EntryOf(DBotScoreKey, entry.Replace("\"ip\"", "\"domain\""))));
    }

    [Fact]
    public void An_or_key_like_commonserverpython_file_matches_on_any_one_hash()
    {
        const string fileKey = "File(val.MD5 && val.MD5 == obj.MD5 || val.SHA256 && val.SHA256 == obj.SHA256)";

        Assert.Equal("""{"File":{"MD5":"m1","SHA256":"s1","Name":"a.exe"}}""",
            Merge("""{"File":{"MD5":"m1"}}""", EntryOf(fileKey, """{"SHA256":"s1","MD5":"m1","Name":"a.exe"}""")));
        Assert.Equal("""{"File":{"SHA256":"s1","MD5":"m1"}}""",
            Merge("""{"File":{"SHA256":"s1"}}""", EntryOf(fileKey, """{"MD5":"m1","SHA256":"s1"}""")));
    }

    [Fact]
    public void A_nested_field_in_the_merge_key_is_read_through_its_objects()
    {
        const string accountKey = "Account(val.Email.Address && val.Email.Address == obj.Email.Address)";

        Assert.Equal("""{"Account":[{"Email":{"Address":"a@x"},"Name":"Ann"},{"Name":"NoMail"}]}""",
            Merge("""{"Account":{"Email":{"Address":"a@x"}}}""", EntryOf(accountKey, """[{"Email":{"Address":"a@x"},"Name":"Ann"},{"Name":"NoMail"}]""")));
    }

    [Fact]
    public void A_true_key_updates_every_existing_item_which_is_how_replace_existing_overwrites_a_next_token()
    {
        Assert.Equal("""{"Path":{"To":{"NextToken":"t2","Other":1}}}""",
            Merge("""{"Path":{"To":{"NextToken":"t1","Other":1}}}""", """{"Path.To(true)":{"NextToken":"t2"}}"""));
        Assert.Equal("""{"Path":{"To":{"NextToken":"t1"}}}""", Merge("{}", """{"Path.To(true)":{"NextToken":"t1"}}"""));
    }

    [Fact]
    public void A_matched_item_that_is_not_an_object_is_replaced_whole()
    {
        Assert.Equal("""{"T":{"v":2}}""", Merge("""{"T":"a"}""", """{"T(true)":{"v":2}}"""));
    }

    [Fact]
    public void A_null_value_writes_nothing()
    {
        Assert.Equal("""{"A":1}""", Merge("""{"A":1}""", """{"A":null,"B":null}"""));
    }

    [Fact]
    public void Keys_are_applied_in_order_so_a_later_key_sees_what_an_earlier_one_wrote()
    {
        Assert.Equal("""{"A":{"B":1,"C":2}}""", Merge("{}", """{"A.B":1,"A(true)":{"C":2}}"""));
    }

    [Fact]
    public void The_given_context_and_entry_context_are_left_unchanged()
    {
        var context = JsonNode.Parse("""{"A":{"B":1}}""")!.AsObject();
        var entry = JsonNode.Parse("""{"A.B":2}""")!.AsObject();

        EntryContextMerger.Apply(context, entry);

        Assert.Equal(("""{"A":{"B":1}}""", """{"A.B":2}"""), (context.ToJsonString(), entry.ToJsonString()));
    }

    [Fact]
    public void A_path_through_a_list_is_refused_instead_of_dropping_the_list()
    {
        var refusal = Assert.Throws<ContextRuleException>(() => Merge("""{"A":[1,2]}""", """{"A.B":3}"""));

        Assert.Equal("'A' holds a list, not an object, so 'A.B' cannot be written under it", refusal.Message);
    }

    [Fact]
    public void One_malformed_key_refuses_the_whole_entry_context()
    {
        var refusal = Assert.Throws<ContextRuleException>(() => Merge("{}", """{"Good":1,"Bad(val.x == obj.x":2}"""));

        Assert.Equal("the key 'Bad(val.x == obj.x' must end with the ')' that closes its merge expression", refusal.Message);
    }
}
