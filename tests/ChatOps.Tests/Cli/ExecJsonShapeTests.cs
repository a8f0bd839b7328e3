using ChatOps.Replies;
using ChatOps.Tests.Cli.Support;

namespace ChatOps.Tests.Cli;

/// <summary>
/// The shape `chatops exec --json` promises automation (README, "exec --json", version 1), pinned line for line:
/// a change here is a change for every script that reads it, and then the version goes up.
/// </summary>
[Collection(ConsoleOutputCollection.Name)]
public sealed class ExecJsonShapeTests
{
    [Fact]
    public async Task Progress_results_and_errors_are_typed_lines_of_version_1_and_errors_go_to_stderr()
    {
        var created = new DateTimeOffset(2026, 12, 1, 18, 57, 0, TimeSpan.FromHours(1));
        Reply[] replies =
        [
            new ProgressReply("create demisto/x", "Unpacking wget") { Stage = "installing OS packages: wget", Elapsed = TimeSpan.FromSeconds(12.5) },
            new TableReply("1 image", ["repository", "created", "size", "python", "due diligence"], [["demisto/x", "2026-12-01 17:57 UTC", "187.7 MB", "-", "-"]])
            {
                Values = [["demisto/x", created, 187_654_321L, null, null]],
            },
            new TextReply("demisto/x:1.0.0.3 already provides wget on demisto/python3-deb:3.11.2.1: use it.")
            {
                Data = new Dictionary<string, object?> { ["existing_image"] = "demisto/x:1.0.0.3", ["provides"] = new[] { "wget" } },
            },
            new CardReply("demisto/x:1.0.0.3", [new CardField("size", "187.7 MB") { Raw = 187_654_321L }, new CardField("build time", "4.2 s") { Raw = TimeSpan.FromSeconds(4.2) }]),
            new ErrorReply("demisto/y was not created: no", Usage: "/docker_image_create name=..."),
        ];

        var (status, output, errors) = await CapturedExec.RunWithErrorsAsync(new AnsweringWarRoom(replies), "--json", "/anything");

        Assert.Equal(1, status);
        Assert.Equal(string.Join(Environment.NewLine,
            """{"version":1,"kind":"progress","type":"progress","activity":"create demisto/x","stage":"installing OS packages: wget","message":"Unpacking wget","step":null,"total_steps":null,"elapsed_seconds":12.5}""",
            """{"version":1,"kind":"result","type":"table","title":"1 image","columns":["repository","created","size","python","due_diligence"],"rows":[{"repository":"demisto/x","created":"2026-12-01T17:57:00Z","size":187654321,"python":null,"due_diligence":null}]}""",
            """{"version":1,"kind":"result","type":"text","text":"demisto/x:1.0.0.3 already provides wget on demisto/python3-deb:3.11.2.1: use it.","data":{"existing_image":"demisto/x:1.0.0.3","provides":["wget"]}}""",
            """{"version":1,"kind":"result","type":"card","title":"demisto/x:1.0.0.3","fields":{"size":187654321,"build_time":4.2}}""",
            ""), output);
        Assert.Equal(
            """{"version":1,"kind":"error","type":"error","message":"demisto/y was not created: no","usage":"/docker_image_create name=...","column":null,"input":null,"detail":null}""" + Environment.NewLine,
            errors);
    }

    [Fact]
    public async Task A_table_without_raw_values_gives_its_cells_with_dashes_as_null()
    {
        var table = new TableReply(null, ["package", "licence"], [["wget", "-"]]);

        var (_, output) = await CapturedExec.RunAsync(new AnsweringWarRoom(table), "--json", "/anything");

        Assert.Equal("""{"version":1,"kind":"result","type":"table","title":null,"columns":["package","licence"],"rows":[{"package":"wget","licence":null}]}""" + Environment.NewLine, output);
    }
}
