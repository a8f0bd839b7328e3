using System.Text.Json.Nodes;
using ChatOps.Execution.Context;

namespace ChatOps.Tests.Execution.Context;

/// <summary>Merge keys are parsed against a small grammar; what is outside it is refused, never run.</summary>
public sealed class MergeExpressionParserTests
{
    private const string Grammar = "a merge key compares fields only: val.Field == obj.Field, val.Field, or true, joined by && or ||";

    private static string Refusal(string key) => Assert.Throws<ContextRuleException>(() => EntryContextKey.Parse(key)).Message;

    [Theory]
    [InlineData("HelloWorld.Alert(val.alert_id && val.alert_id == obj.alert_id)", "HelloWorld.Alert", "val.alert_id && val.alert_id == obj.alert_id")]
    [InlineData("Path.To(true)", "Path.To", "true")]
    [InlineData("TenableSC.ScanResults(val.ID===obj.ID)", "TenableSC.ScanResults", "val.ID === obj.ID")]
    [InlineData("File(val.MD5 && val.MD5 == obj.MD5 || val.SHA1 && val.SHA1 == obj.SHA1)", "File", "val.MD5 && val.MD5 == obj.MD5 || val.SHA1 && val.SHA1 == obj.SHA1")]
    [InlineData("Account(val.Email.Address && val.Email.Address == obj.Email.Address)", "Account", "val.Email.Address && val.Email.Address == obj.Email.Address")]
    public void Keys_that_content_writes_parse_into_a_path_and_an_expression(string key, string path, string expression)
    {
        var parsed = EntryContextKey.Parse(key);

        Assert.Equal((path, expression), (parsed.Path.Text, parsed.Merge!.ToString()));
    }

    [Fact]
    public void A_key_without_parentheses_is_a_plain_path()
    {
        var parsed = EntryContextKey.Parse(" A . B ");

        Assert.Equal(("A.B", (MergeExpression?)null), (parsed.Path.Text, parsed.Merge));
    }

    [Fact]
    public void A_function_call_is_refused_where_it_starts()
    {
        Assert.Equal($"the merge key 'X(val.id.indexOf(obj.id) >= 0)' is refused at column 15 of 'val.id.indexOf(obj.id) >= 0' ('('): expected && or || or the end; {Grammar}",
            Refusal("X(val.id.indexOf(obj.id) >= 0)"));
    }

    [Fact]
    public void A_quoted_literal_is_refused()
    {
        Assert.Equal($"the merge key 'X(val.domain == 'a.com')' is refused at column 15 of 'val.domain == 'a.com'' ('''): expected val.… or obj.…; {Grammar}",
            Refusal("X(val.domain == 'a.com')"));
    }

    [Fact]
    public void An_assignment_is_refused()
    {
        Assert.Equal($"the merge key 'X(val.id = obj.id)' is refused at column 8 of 'val.id = obj.id' ('='): expected && or || or the end; {Grammar}",
            Refusal("X(val.id = obj.id)"));
    }

    [Fact]
    public void A_name_other_than_val_or_obj_is_refused()
    {
        Assert.Equal($"the merge key 'X(process.exit)' is refused at column 1 of 'process.exit' ('p'): 'process' is neither val nor obj; {Grammar}",
            Refusal("X(process.exit)"));
    }

    [Fact]
    public void Negation_and_inequality_are_refused()
    {
        Assert.Equal($"the merge key 'X(!val.id)' is refused at column 1 of '!val.id' ('!'): expected val.… or obj.…; {Grammar}", Refusal("X(!val.id)"));
        Assert.Equal($"the merge key 'X(val.id != obj.id)' is refused at column 8 of 'val.id != obj.id' ('!'): expected && or || or the end; {Grammar}",
            Refusal("X(val.id != obj.id)"));
    }

    [Fact]
    public void Bare_val_a_dangling_operator_and_empty_parentheses_are_refused()
    {
        Assert.Equal($"the merge key 'X(val == obj)' is refused at column 4 of 'val == obj' (' '): expected a field of val, as in val.ID; {Grammar}", Refusal("X(val == obj)"));
        Assert.Equal($"the merge key 'X(val.id &&)' is refused at column 10 of 'val.id &&' (the end): expected val.… or obj.…; {Grammar}", Refusal("X(val.id &&)"));
        Assert.Equal($"the merge key 'X()' is refused at column 1 of '' (the end): expected val.… or obj.…; {Grammar}", Refusal("X()"));
    }

    [Fact]
    public void Unbalanced_or_pathless_keys_are_refused()
    {
        Assert.Equal("the key 'X)' has a ')' without a '('", Refusal("X)"));
        Assert.Equal("the key '(true)' has a merge expression but no path before it", Refusal("(true)"));
        Assert.Equal("'A..B' has an empty part between dots", Refusal("A..B(true)"));
    }

    [Theory]
    [InlineData("""{"id":0}""", """{"id":0}""", false)]
    [InlineData("""{"id":""}""", """{"id":""}""", false)]
    [InlineData("""{"id":false}""", """{"id":false}""", false)]
    [InlineData("""{"id":{}}""", """{"id":{}}""", false)]
    [InlineData("""{"id":"1"}""", """{"id":true}""", true)]
    [InlineData("""{"id":"x"}""", """{"id":"x"}""", true)]
    public void The_truthiness_guard_and_loose_equality_follow_javascript(string existing, string added, bool matches)
    {
        var expression = EntryContextKey.Parse("X(val.id && val.id == obj.id)").Merge!;

        Assert.Equal(matches, expression.Matches(JsonNode.Parse(existing), JsonNode.Parse(added)));
    }

    [Fact]
    public void Reading_a_field_of_a_missing_object_fails_the_whole_expression_as_javascript_would_throw()
    {
        var expression = EntryContextKey.Parse("X(val.A.B == obj.A.B || true)").Merge!;

        Assert.False(expression.Matches(JsonNode.Parse("{}"), JsonNode.Parse("{}")));
    }
}
