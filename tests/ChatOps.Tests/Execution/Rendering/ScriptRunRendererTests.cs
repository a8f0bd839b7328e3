using System.Text.Json;
using ChatOps.Execution;
using ChatOps.Execution.Files;
using ChatOps.Execution.Loop;
using ChatOps.Options;
using ChatOps.Replies;

namespace ChatOps.Tests.Execution.Rendering;

/// <summary>Entries as XSOAR's war room shows them: HumanReadable first, else Contents by ContentsFormat.</summary>
public sealed class ScriptRunRendererTests
{
    private const string HelloWorld = """
        {"Type":1,"ContentsFormat":"json","Contents":{"HelloWorld":{"hello":"Hello Dbot"}},"HumanReadable":"## Hello Dbot",
         "EntryContext":{"HelloWorld":{"hello":"Hello Dbot"}},"IndicatorTimeline":[],"IgnoreAutoExtract":false,"Note":false,"Relationships":[]}
        """;

    [Fact]
    public void HumanReadable_is_shown_instead_of_the_contents()
    {
        Assert.Equal("""[{"type":"markdown","markdown":"## Hello Dbot"}]""", RenderedEntry.Display(HelloWorld));
    }

    [Fact]
    public void The_entry_keeps_its_type_format_contents_human_readable_and_context()
    {
        var entry = RenderedEntry.Of(HelloWorld);

        Assert.Equal((1, "json", "## Hello Dbot"), (entry.EntryType, entry.ContentsFormat, entry.HumanReadable));
        Assert.Equal("""{"HelloWorld":{"hello":"Hello Dbot"}}""", entry.Contents.GetRawText());
        Assert.Equal("""{"HelloWorld":{"hello":"Hello Dbot"}}""", entry.EntryContext?.GetRawText());
        Assert.Equal((null, null), (entry.File, entry.FileId));
    }

    [Fact]
    public void A_tableToMarkdown_table_is_a_table_titled_by_its_heading_with_pipes_unescaped_and_breaks_as_commas()
    {
        var display = RenderedEntry.Display("""
            {"Type":1,"ContentsFormat":"json","Contents":[],
             "HumanReadable":"### T\n|a|b|\n|---|---|\n| x\\|y | 2 |\n| one,<br>two | k: v<br>k2: v2 |\n"}
            """);

        Assert.Equal("""[{"type":"table","title":"T","columns":["a","b"],"rows":[["x|y","2"],["one, two","k: v, k2: v2"]]}]""", display);
    }

    [Fact]
    public void A_table_without_a_name_has_no_title_and_a_short_row_is_padded()
    {
        var display = RenderedEntry.Display("""{"Type":1,"ContentsFormat":"markdown","Contents":"|a|b|\n|---|---|\n| 1 |\n"}""");

        Assert.Equal("""[{"type":"table","title":null,"columns":["a","b"],"rows":[["1",""]]}]""", display);
    }

    [Fact]
    public void Text_around_tables_is_markdown_or_plain_text_and_each_table_is_a_reply_of_its_own()
    {
        var display = RenderedEntry.Display("""
            {"Type":1,"ContentsFormat":"text","Contents":"ignored",
             "HumanReadable":"## Report\nSome **bold** intro\n\n### Hosts\n|host|port|\n|---|---|\n| a | 22 |\n\nplain after \\_ escapes"}
            """);

        Assert.Equal("""
            [{"type":"markdown","markdown":"## Report\nSome **bold** intro"},{"type":"table","title":"Hosts","columns":["host","port"],"rows":[["a","22"]]},{"type":"text","text":"plain after _ escapes"}]
            """, display);
    }

    [Fact]
    public void An_empty_tableToMarkdown_table_is_the_markdown_that_says_there_are_no_entries()
    {
        Assert.Equal("""[{"type":"markdown","markdown":"### T\n**No entries.**"}]""",
            RenderedEntry.Display("""{"Type":1,"ContentsFormat":"json","Contents":[],"HumanReadable":"### T\n**No entries.**\n"}"""));
    }

    [Fact]
    public void Json_contents_without_human_readable_are_a_table_when_they_are_a_list_of_flat_objects()
    {
        Assert.Equal("""[{"type":"table","title":null,"columns":["host","tls"],"rows":[["a",""],["b","true"]]}]""",
            RenderedEntry.Display("""{"Type":1,"ContentsFormat":"json","Contents":"[{\"host\":\"a\"},{\"host\":\"b\",\"tls\":true}]"}"""));
    }

    [Fact]
    public void Other_json_contents_without_human_readable_are_an_indented_code_block()
    {
        Assert.Equal("""[{"type":"code","language":"json","code":"{\n  \"nested\": {\n    \"x\": [\n      1\n    ]\n  }\n}"}]""",
            RenderedEntry.Display("""{"Type":1,"ContentsFormat":"json","Contents":{"nested":{"x":[1]}},"HumanReadable":null}"""));
    }

    [Fact]
    public void Markdown_contents_are_read_as_markdown_html_as_its_text_and_text_as_text()
    {
        Assert.Equal("""[{"type":"markdown","markdown":"- **up**"}]""", RenderedEntry.Display("""{"Type":1,"ContentsFormat":"markdown","Contents":"- **up**"}"""));
        Assert.Equal("""[{"type":"text","text":"Alert\nhost a & b"}]""",
            RenderedEntry.Display("""{"Type":1,"ContentsFormat":"html","Contents":"<h1>Alert</h1><p>host <b>a</b> &amp; b</p><script>x()</script>"}"""));
        Assert.Equal("""[{"type":"text","text":"## not a heading"}]""", RenderedEntry.Display("""{"Type":1,"ContentsFormat":"text","Contents":"## not a heading"}"""));
    }

    [Fact]
    public void An_error_entry_is_an_error_that_fails_the_command()
    {
        var entry = RenderedEntry.Of("""{"Type":4,"ContentsFormat":"text","Contents":"bad input, try again"}""");

        Assert.Equal([new ErrorReply("!X returned an error: bad input, try again")], entry.Display);
        Assert.Equal("!X returned an error: bad input, try again", ReplyDisplay.ErrorOf(entry)?.Message);
    }

    [Fact]
    public void A_warning_says_so_before_its_text_or_on_a_line_of_its_own_before_a_table()
    {
        Assert.Equal("""[{"type":"text","text":"Warning: disk almost full"}]""",
            RenderedEntry.Display("""{"Type":11,"ContentsFormat":"text","Contents":"disk almost full"}"""));
        Assert.Equal("""[{"type":"text","text":"Warning:"},{"type":"table","title":null,"columns":["disk"],"rows":[["97%"]]}]""",
            RenderedEntry.Display("""{"Type":11,"ContentsFormat":"json","Contents":{},"HumanReadable":"|disk|\n|---|\n| 97% |"}"""));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    public void A_file_entry_names_its_file(int type)
    {
        var entry = RenderedEntry.Of($$"""{"Type":{{type}},"ContentsFormat":"text","Contents":"","File":"report.txt","FileID":"f-1"}""");

        Assert.Equal([new TextReply("[file: report.txt]")], entry.Display);
        Assert.Equal(("report.txt", "f-1"), (entry.File, entry.FileId));
    }

    [Fact]
    public void A_file_entry_whose_file_the_server_kept_is_shown_as_that_file_and_stays_a_whole_entry()
    {
        using var entry = JsonDocument.Parse("""{"Type":3,"ContentsFormat":"text","Contents":"","File":"../report.json","FileID":"f-1"}""");
        var kept = new StoredFile("f-1", "../report.json", "/srv/files/c/f-1/report.json", 42);
        var run = new ScriptRun([new LogOutput("writing"), new EntryOutput(entry.RootElement.Clone())], ScriptEnding.Completed, 0) { Files = [kept] };

        var replies = ScriptRunRenderer.Render("!Report", run, new ExecutorOptions()).ToList();

        Assert.Equal(new TextReply("writing"), replies[0]);
        var shown = Assert.IsType<EntryReply>(replies[1]);
        Assert.Equal([new FileReply("../report.json", "/srv/files/c/f-1/report.json", 42, "application/json")], shown.Display);
        Assert.Equal((3, "../report.json", "f-1"), (shown.EntryType, shown.File, shown.FileId));
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public void A_kept_file_is_matched_to_its_entry_by_file_id_and_an_unknown_extension_has_no_content_type()
    {
        using var first = JsonDocument.Parse("""{"Type":9,"ContentsFormat":"text","Contents":"","File":"a.bin","FileID":"f-a"}""");
        using var second = JsonDocument.Parse("""{"Type":3,"ContentsFormat":"text","Contents":"","File":"b.txt","FileID":"f-b"}""");
        var run = new ScriptRun([new EntryOutput(first.RootElement.Clone()), new EntryOutput(second.RootElement.Clone())], ScriptEnding.Completed, 0)
        {
            Files = [new StoredFile("f-b", "b.txt", "/k/f-b/b.txt", 1), new StoredFile("f-a", "a.bin", "/k/f-a/a.bin", 2)],
        };

        var shown = ScriptRunRenderer.Render("!Two", run, new ExecutorOptions()).Cast<EntryReply>().Select(e => Assert.Single(e.Display)).ToList();

        Assert.Equal([new FileReply("a.bin", "/k/f-a/a.bin", 2, null), new FileReply("b.txt", "/k/f-b/b.txt", 1, "text/plain")], shown);
    }

    [Fact]
    public void An_entry_with_nothing_to_show_is_still_an_entry_for_its_context()
    {
        var entry = RenderedEntry.Of("""{"Type":1,"ContentsFormat":"json","Contents":null,"EntryContext":{"A":1}}""");

        Assert.Empty(entry.Display);
        Assert.Equal("""{"A":1}""", entry.EntryContext?.GetRawText());
    }
}
