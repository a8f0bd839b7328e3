using ChatOps.Execution;
using ChatOps.Execution.Loop;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Execution.Xsoar;

/// <summary>
/// The mechanics real XSOAR content relies on, with a CommonServerPython written here: preloaded once per
/// container, `__name__` 'builtins', `import demistomock`, CommandResults whose EntryContext lands in the war
/// room's context by XSOAR's merge rules, arguments as strings, the server's own commands.
/// </summary>
public sealed class XsoarMechanicsTests(XsoarHostFixture fixture) : IClassFixture<XsoarHostFixture>
{
    private readonly ScriptHost _host = fixture.Host;

    [Fact]
    public async Task CommonServerPython_is_loaded_once_by_the_loops_parent_not_per_job()
    {
        var first = await _host.RunAsync("csp-once", "LoadedBy");
        var second = await _host.RunAsync("csp-once", "LoadedBy");

        // PID 1 is the loop's parent: every job's process is a fork of it, so no job imports it again.
        Assert.Equal("1 builtins", Last(first));
        Assert.Equal("1 builtins", Last(second));
    }

    [Fact]
    public async Task A_script_guarded_by_its_name_imports_demistomock_and_CommonServerPython_and_sees_its_own_arguments()
    {
        var dbot = await _host.RunAsync("csp-guard", "Guarded", ("name", "Dbot"));
        var other = await _host.RunAsync("csp-guard", "Guarded", ("name", "Other"));

        Assert.Equal("hello Dbot", Last(dbot));
        Assert.Equal("hello Other", Last(other));
    }

    [Fact]
    public async Task A_script_runs_with_the_name_builtins_as_in_xsoar()
    {
        Assert.Equal("builtins", Last(await _host.RunAsync("csp-name", "NameOf")));
    }

    [Fact]
    public async Task An_isArray_argument_arrives_as_the_string_typed_and_argToList_splits_it()
    {
        var replies = await _host.RunAsync("csp-args", "ListArg", ("items", "a, b,c"));

        Assert.Equal("str -> ['a', 'b', 'c']", Last(replies));
    }

    [Fact]
    public async Task CommonServerUserPython_is_loaded_after_CommonServerPython_and_uses_its_names()
    {
        Assert.Equal("['x', 'y']", Last(await _host.RunAsync("csp-user", "UserHelper")));
    }

    [Fact]
    public async Task A_job_that_patches_CommonServerPython_does_not_patch_it_for_the_next_job()
    {
        await _host.RunAsync("csp-patch", "Patcher");
        var after = await _host.RunAsync("csp-patch", "Guarded", ("name", "genuine"));

        Assert.Equal("hello genuine", Last(after));
    }

    [Fact]
    public async Task EntryContext_with_a_merge_key_updates_the_item_with_the_same_key_and_appends_others()
    {
        await _host.RunAsync("csp-merge", "SaveItem", ("id", "1"), ("value", "first"));
        await _host.RunAsync("csp-merge", "SaveItem", ("id", "2"), ("value", "other"));
        var saved = await _host.RunAsync("csp-merge", "SaveItem", ("id", "1"), ("value", "second"));

        Assert.Equal("saved", Last(saved));
        Assert.Equal("""{"Test":{"Item":[{"id":"1","value":"second"},{"id":"2","value":"other"}]}}""", await ContextAsync("csp-merge"));
    }

    [Fact]
    public async Task Set_PrintContext_and_DeleteContext_typed_in_chat_work_on_the_channels_context()
    {
        var set = await _host.RunAsync("csp-set", "Set", ("key", "Incident.Owner"), ("value", "alice"));
        await _host.RunAsync("csp-set", "Set", ("key", "Incident.Tags"), ("value", "phishing"));
        var afterSet = await ContextAsync("csp-set");
        var deleted = await _host.RunAsync("csp-set", "DeleteContext", ("key", "Incident.Owner"));

        Assert.Equal("Key Incident.Owner set", Last(set));
        Assert.Equal("""{"Incident":{"Owner":"alice","Tags":"phishing"}}""", afterSet);
        Assert.Equal("Key Incident.Owner deleted", Last(deleted));
        Assert.Equal("""{"Incident":{"Tags":"phishing"}}""", await ContextAsync("csp-set"));
    }

    [Fact]
    public async Task A_value_typed_without_its_key_goes_to_the_argument_the_yaml_marks_default()
    {
        var printed = await _host.TypeAsync("csp-default", "!Print hello");
        var greeted = await _host.TypeAsync("csp-default", "!Greet \"Ada Lovelace\" tone=warm");
        var twice = await _host.TypeAsync("csp-default", "!Greet Ada who=Grace");
        var none = await _host.TypeAsync("csp-default", "!NameOf x");

        Assert.Equal("hello", Last(printed));
        Assert.Equal("hello Ada Lovelace (warm)", Last(greeted));
        Assert.Equal("'who' is given twice; give it once.", Assert.IsType<ErrorReply>(Assert.Single(twice)).Message);
        Assert.Equal("!NameOf has no default argument, so every value needs its key: it takes no arguments.",
            Assert.IsType<ErrorReply>(Assert.Single(none)).Message);
    }

    [Fact]
    public void Help_describes_the_servers_own_commands()
    {
        var help = _host.Services.GetServices<ChatOps.Routing.IHelpTopicProvider>().Select(p => p.Describe("!Set")).Single(d => d is not null)!;

        Assert.Equal("!Set key=... [value=...] [append=...]\nSets key (a dotted path, A.B) in this war room's context to value (JSON when it is JSON); " +
                     "append=true adds to what is there.\nThe server's own command (built in).", Texts.Of(Assert.Single(help)));
    }

    [Fact]
    public async Task A_server_command_typed_with_an_unknown_argument_is_refused_with_what_it_takes()
    {
        var replies = await _host.RunAsync("csp-set", "Set", ("name", "x"));

        Assert.Equal("!Set has no argument 'name'. Its arguments are: key, value, append.", Assert.IsType<ErrorReply>(Assert.Single(replies)).Message);
    }

    [Fact]
    public async Task A_missing_list_comes_back_as_an_error_entry_that_is_error_recognises()
    {
        await _host.RunAsync("csp-list", "setList", ("listName", "blocked-ips"), ("listData", "10.0.0.1"));
        await _host.RunAsync("csp-list", "addToList", ("listName", "blocked-ips"), ("listData", "10.0.0.2"));

        Assert.Equal("10.0.0.1,10.0.0.2", Last(await _host.RunAsync("csp-list", "CheckError", ("name", "blocked-ips"))));
        Assert.Equal("error", Last(await _host.RunAsync("csp-list", "CheckError", ("name", "no-such-list"))));
    }

    [Fact]
    public async Task Integration_context_is_kept_between_runs()
    {
        var first = Last(await _host.RunAsync("csp-state", "Counter"));
        var second = Last(await _host.RunAsync("csp-other-channel", "Counter"));

        Assert.Equal(int.Parse(first) + 1, int.Parse(second));
    }

    [Fact]
    public async Task The_channel_is_the_investigation_and_its_incident()
    {
        Assert.Equal("csp-where csp-where chatops-" + _host.InstanceId, Last(await _host.RunAsync("csp-where", "WhereAmI")));
    }

    [Fact]
    public async Task A_file_a_script_returns_is_copied_out_of_its_container_before_the_clean_up()
    {
        var runner = _host.Services.GetRequiredService<ScriptRunner>();
        var script = _host.Services.GetRequiredService<ChatOps.Content.ContentLibrary>().Find("Report")!;

        var run = await runner.RunAsync(script, new System.Text.Json.Nodes.JsonObject { ["n"] = "7" }, "csp-files", 0, CancellationToken.None);

        Assert.True(run.Files.Count == 1, string.Join(" / ", run.Outputs.Select(o => o is ExceptionOutput e ? string.Join("\n", e.Traceback) : o.ToString())));
        var file = run.Files[0];
        Assert.Equal("../report.txt", file.Name);
        Assert.Equal("hello file 7", await File.ReadAllTextAsync(file.Path));
        Assert.Equal("report.txt", Path.GetFileName(file.Path)); // the name's path parts never reach the store's path
        Assert.Equal(file.FileId, Assert.Single(run.Entries).Entry.GetProperty("FileID").GetString());
    }

    [Fact]
    public async Task A_file_a_script_returns_comes_out_of_the_handler_as_the_file_the_server_kept_in_place_of_its_entrys_name()
    {
        var replies = await ScriptServices.RunWholeAsync(_host.Handler, "csp-file-reply", "Report", ("n", "8"));

        var entry = Assert.IsType<EntryReply>(replies.Last(r => r is not ProgressReply));
        var file = Assert.IsType<FileReply>(Assert.Single(entry.Display));
        Assert.Equal(("../report.txt", 12L, "text/plain", "report.txt"), (file.Name, file.Size, file.ContentType, file.SafeName));
        Assert.Equal("hello file 8", await File.ReadAllTextAsync(file.Path));
        Assert.Equal((3, "../report.txt"), (entry.EntryType, entry.File));
        Assert.EndsWith(Path.Combine(entry.FileId!, "report.txt"), file.Path);
    }

    [Fact]
    public async Task A_later_script_reads_a_returned_file_with_getFilePath_in_the_same_war_room_only()
    {
        var runner = _host.Services.GetRequiredService<ScriptRunner>();
        var report = _host.Services.GetRequiredService<ChatOps.Content.ContentLibrary>().Find("Report")!;
        var run = await runner.RunAsync(report, new System.Text.Json.Nodes.JsonObject { ["n"] = "9" }, "csp-getfile", 0, CancellationToken.None);
        var id = run.Files.Single().FileId;

        var same = await _host.RunAsync("csp-getfile", "ReadReport", ("id", id + "@csp-getfile"));
        var other = await _host.RunAsync("csp-elsewhere", "ReadReport", ("id", id));

        Assert.Equal("report.txt: hello file 9", Last(same));
        Assert.Contains($"no file with entry id '{id}' in this war room", Last(other));
    }

    private async Task<string> ContextAsync(string channel) =>
        (await _host.Services.GetRequiredService<ChannelContextStore>().SnapshotAsync(channel, CancellationToken.None)).ToJsonString();

    private static string Last(List<Reply> replies) => Texts.Of(replies.Last(r => r is not ProgressReply));
}
