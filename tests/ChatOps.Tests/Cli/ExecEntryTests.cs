using System.Text.Json;
using ChatOps.Replies;
using ChatOps.Tests.Cli.Support;

namespace ChatOps.Tests.Cli;

/// <summary>`chatops exec` with a script's entries: whole in --json for automation, as displayed for people.</summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class ExecEntryTests
{
    private static EntryReply Entry(int type, string contents, string? humanReadable, string? context, params Reply[] display)
    {
        using var parsedContents = JsonDocument.Parse(contents);
        using var parsedContext = context is null ? null : JsonDocument.Parse(context);
        return new EntryReply(type, "json", parsedContents.RootElement.Clone(), humanReadable, parsedContext?.RootElement.Clone(), null, null, display);
    }

    [Fact]
    public async Task Json_output_prints_the_entry_whole_with_its_display()
    {
        var entry = Entry(1, """{"HelloWorld":{"hello":"Hello Dbot"}}""", "## Hello Dbot", """{"HelloWorld":{"hello":"Hello Dbot"}}""", new MarkdownReply("## Hello Dbot"));

        var (status, output) = await CapturedExec.RunAsync(new AnsweringWarRoom(entry), "--json", "!HelloWorldScript");

        Assert.Equal(0, status);
        Assert.Equal("""
            {"version":1,"kind":"result","type":"entry","entry_type":1,"contents_format":"json","contents":{"HelloWorld":{"hello":"Hello Dbot"}},"human_readable":"## Hello Dbot","entry_context":{"HelloWorld":{"hello":"Hello Dbot"}},"file":null,"file_id":null,"display":[{"type":"markdown","markdown":"## Hello Dbot"}]}

            """.ReplaceLineEndings(Environment.NewLine), output);
    }

    [Fact]
    public async Task Plain_output_shows_the_entry_as_displayed()
    {
        var entry = Entry(1, "[]", "## Hello Dbot\n**bold**", null, new MarkdownReply("## Hello Dbot\n**bold**"), new TextReply("after"));

        var (status, output) = await CapturedExec.RunAsync(new AnsweringWarRoom(entry), "!HelloWorldScript");

        Assert.Equal(0, status);
        Assert.Equal(string.Join(Environment.NewLine, "Hello Dbot", "bold", "after", ""), output);
    }

    [Fact]
    public async Task An_error_entry_makes_exec_exit_1()
    {
        var entry = Entry(4, "\"bad input\"", null, null, new ErrorReply("!X returned an error: bad input"));

        var (status, output, errors) = await CapturedExec.RunWithErrorsAsync(new AnsweringWarRoom(entry), "--json", "!X");

        Assert.Equal(1, status);
        Assert.Equal("", output);
        Assert.Contains("\"kind\":\"error\",\"type\":\"entry\"", errors);
        Assert.Contains("\"display\":[{\"type\":\"error\",\"message\":\"!X returned an error: bad input\"", errors);
    }

    [Fact]
    public async Task A_returned_file_is_printed_in_its_entry_as_json_with_its_path_and_as_a_saved_line_for_people()
    {
        using var contents = JsonDocument.Parse("\"\"");
        var file = new FileReply("../report.json", "/var/lib/chatops/files/exec/f-1/report.json", 2048, "application/json");
        var entry = new EntryReply(3, "text", contents.RootElement.Clone(), null, null, "../report.json", "f-1", [file]);

        var (_, json) = await CapturedExec.RunAsync(new AnsweringWarRoom(entry), "--json", "!Report");
        var (status, plain) = await CapturedExec.RunAsync(new AnsweringWarRoom(entry), "!Report");

        Assert.Contains("""
            "file":"../report.json","file_id":"f-1","display":[{"type":"file","name":"../report.json","path":"/var/lib/chatops/files/exec/f-1/report.json","size":2048,"content_type":"application/json"}]}
            """.Trim(), json);
        Assert.Equal(0, status);
        Assert.Equal("file ../report.json (2 KiB) saved to /var/lib/chatops/files/exec/f-1/report.json" + Environment.NewLine, plain);
    }
}
