using System.Text.Json.Nodes;
using ChatOps.Execution.Server;

namespace ChatOps.Tests.Execution;

public sealed class DtQueryTests
{
    private static readonly JsonNode Context = JsonNode.Parse("""
        {"File": [{"Name": "a.exe", "Type": "exe", "Size": 10, "Signed": true}, {"Name": "b.txt", "Type": "text", "Size": 3, "Signed": false}],
         "Account": {"Username": "alice", "Email": "a@example.com", "Enabled": true}}
        """)!;

    [Theory]
    [InlineData("Account.Username", "\"alice\"")]
    [InlineData("File.Name", """["a.exe","b.txt"]""")]
    [InlineData("File(val.Type == 'exe').Name", "\"a.exe\"")]
    [InlineData("File(val.Type == \"text\" && val.Size == 3).Name", "\"b.txt\"")]
    [InlineData("File(val.Signed).Name", "\"a.exe\"")]
    [InlineData("File(val.Signed == false).Name", "\"b.txt\"")]
    [InlineData("${Account(val.Enabled).Email}", "\"a@example.com\"")]
    [InlineData("File(val.Type == 'pdf').Name", "null")]
    [InlineData("Nothing.Here", "null")]
    public void Dt_picks_paths_filters_and_lists_as_xsoar_does(string query, string expected)
    {
        var (result, problem) = DtQuery.Select(Context, query);

        Assert.Null(problem);
        Assert.Equal(expected, result?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData("File(len(val.Name) > 3).Name", "DT filter 'len(val.Name) > 3': each test is val.Field or val.Field == 'value' (joined by &&)")]
    [InlineData("File(val.Type == exe).Name", "DT: 'exe' is not a literal; quote text ('exe'), or write a number or true/false")]
    [InlineData("File(val.Type == 'exe'.Name", "DT: the filter after File is not closed with ')'")]
    public void A_query_beyond_the_supported_part_is_refused_with_what_to_write(string query, string message)
    {
        Assert.Equal(message, DtQuery.Select(Context, query).Problem);
    }
}
