using System.Text.Json;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

/// <summary>Content scripts through the war-room handler on real containers of the real base image.</summary>
public sealed class ScriptExecutionTests(WarmHostFixture fixture) : IClassFixture<WarmHostFixture>
{
    private readonly ScriptHost _host = fixture.Host;

    [Fact]
    public async Task Print_shows_its_value_as_text()
    {
        var replies = await _host.RunAsync("print", "Print", ("value", "hello world"));

        var text = Assert.IsType<TextReply>(replies.Last());
        Assert.Equal("hello world", text.Text);
        Assert.DoesNotContain(replies, r => r is ErrorReply);
    }

    [Fact]
    public async Task The_second_run_of_an_image_reuses_the_warm_container_and_shows_no_progress()
    {
        var first = await _host.RunAsync("reuse", "Hostname");
        var second = await _host.RunAsync("reuse", "Hostname");

        Assert.Equal(Texts.Of(first.Last()), Texts.Of(second.Last()));
        Assert.DoesNotContain(second, r => r is ProgressReply);
    }

    [Fact]
    public async Task A_script_calls_other_scripts_through_executeCommand()
    {
        var replies = await _host.RunAsync("roundtrip", "Base64RoundTrip", ("text", "war room ünïcode"));

        var table = Assert.IsType<TableReply>(Assert.Single(replies));
        Assert.Equal(["step", "value"], table.Columns);
        Assert.Equal(["base64", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("war room ünïcode"))], table.Rows[1]);
        Assert.Equal(["decoded", "war room ünïcode"], table.Rows[2]);
        Assert.Equal(["same", "True"], table.Rows[3]);
    }

    [Fact]
    public async Task Context_set_in_one_channel_is_read_back_there_and_not_seen_in_another()
    {
        var set = await _host.RunAsync("ctx-a", "SetAndGetContext", ("key", "incident"), ("value", "INC-42"));
        var againInA = await _host.RunAsync("ctx-a", "SetAndGetContext", ("key", "incident"));
        var inB = await _host.RunAsync("ctx-b", "SetAndGetContext", ("key", "incident"));

        Assert.Contains(set, r => r is TextReply { Text: "set incident" });
        Assert.Equal("INC-42", ContextOf(againInA).GetProperty("incident").GetString());
        Assert.False(ContextOf(inB).TryGetProperty("incident", out _));
    }

    [Fact]
    public async Task Context_set_by_demisto_setContext_is_seen_by_the_next_script_in_the_channel()
    {
        await _host.RunAsync("ctx-encode", "Base64Encode", ("input", "abc"));
        var read = await _host.RunAsync("ctx-encode", "SetAndGetContext", ("key", "any"));

        Assert.Equal("YWJj", ContextOf(read).GetProperty("Base64").GetProperty("encoded").GetString());
    }

    [Fact]
    public async Task A_JSON_list_of_objects_is_shown_as_a_table_and_other_JSON_as_a_code_block()
    {
        var table = await _host.RunAsync("json", "ParseJsonToTable", ("json", """[{"host":"a","port":22},{"host":"b","port":443,"tls":true}]"""), ("fields", "host, tls"));
        var block = await _host.RunAsync("json", "ParseJsonToTable", ("json", """{"nested":{"x":[1,2]}}"""));

        var rows = Assert.IsType<TableReply>(Assert.Single(table));
        Assert.Equal(["host", "tls"], rows.Columns);
        Assert.Equal(["b", "true"], rows.Rows[1]);
        var code = Assert.IsType<CodeBlockReply>(Assert.Single(block));
        Assert.Equal("json", code.Language);
        Assert.Contains("\"nested\"", code.Code);
    }

    [Fact]
    public async Task An_unknown_command_answers_an_error_entry_as_xsoar_does()
    {
        var replies = await _host.RunAsync("unknown", "AskUnknown");

        // When this test is the class's first, the container's cold start adds a progress reply before the answer.
        var error = Assert.IsType<ErrorReply>(Assert.Single(replies, r => r is not ProgressReply));
        Assert.Contains("Unsupported Command: no command or script named 'NoSuchThing'", error.Message);
    }

    [Fact]
    public async Task An_exception_is_an_error_with_the_end_of_the_traceback()
    {
        var replies = await _host.RunAsync("fails", "Fails");

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal("!Fails raised KeyError: 'missing thing'", error.Message);
        Assert.Contains("line 2, in inner", error.Detail);
    }

    [Fact]
    public async Task Return_error_is_an_error_entry()
    {
        var replies = await _host.RunAsync("refuses", "Refuses");

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal("!Refuses returned an error: bad input, try again", error.Message);
    }

    [Fact]
    public async Task Print_and_log_lines_are_shown_before_the_result()
    {
        var replies = await _host.RunAsync("logs", "Logs");

        // Every reply's text in the message: a third reply seen once in a full run said nothing of what it was.
        Assert.True(replies.Count == 2, $"{replies.Count} replies: {string.Join(" || ", replies.Select(r => r.GetType().Name + ": " + Texts.Of(r)))}");
        Assert.Equal("first line\nsecond line", Assert.IsType<TextReply>(replies[0]).Text);
        Assert.Equal("done", Assert.IsType<TextReply>(replies[1]).Text);
    }

    [Fact]
    public async Task Environment_changes_do_not_leak_into_the_next_script_on_the_same_container()
    {
        await _host.RunAsync("env", "EnvWriter");
        var after = await _host.RunAsync("env", "EnvReader");

        Assert.Equal("clean", Texts.Of(after.Single()));
    }

    [Fact]
    public async Task List_arguments_arrive_as_the_string_typed_and_defaults_are_applied()
    {
        var list = await _host.RunAsync("args", "Lister", ("items", "a, b,,c"));
        var mode = await _host.RunAsync("args", "Mode");

        Assert.Equal("a, b, c", Texts.Of(list.Single()));
        Assert.Equal("fast", Texts.Of(mode.Single()));
    }

    [Fact]
    public async Task A_missing_required_argument_is_refused_before_anything_runs()
    {
        var replies = await _host.RunAsync("args", "SetAndGetContext", ("value", "x"));
        var context = await _host.RunAsync("args", "SetAndGetContext", ("key", "probe"));

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal("!SetAndGetContext needs key=... (The context key.).", error.Message);
        Assert.Equal("!SetAndGetContext key=<key> [value=<value>]", error.Usage);
        Assert.False(ContextOf(context).TryGetProperty("probe", out _));
    }

    [Fact]
    public async Task An_unknown_argument_is_refused_with_the_valid_ones_and_its_column()
    {
        var replies = await _host.RunAsync("args", "Print", ("valeu", "x"));

        var error = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal("!Print has no argument 'valeu'. Its arguments are: value.", error.Message);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public async Task An_unknown_script_is_refused_with_a_suggestion()
    {
        var replies = await _host.RunAsync("args", "print", ("value", "x"));

        Assert.Equal("There is no script named !print. Did you mean !Print?", Assert.IsType<ErrorReply>(Assert.Single(replies)).Message);
    }

    [Fact]
    public async Task An_image_of_an_org_that_is_not_allowed_is_refused()
    {
        var replies = await _host.RunAsync("args", "Foreign");

        var refusal = Assert.IsType<ErrorReply>(Assert.Single(replies));
        Assert.Equal("!Foreign cannot run: The script image evilcorp/python3:1.0 belongs to organisation \"evilcorp\"; only images of demisto " +
            "are accepted (e.g. demisto/python3:1.0.0.1). Change dockerimage in Foreign.yml, or map it to a local image in appsettings.json " +
            "(\"Executor\": {\"ImageMap\": {\"evilcorp/python3\": \"demisto/python3-deb:3.11.2.1\"}}, or the exact \"evilcorp/python3:1.0\"), " +
            "or build one with /docker_image_create.",
            refusal.SaidTo(admin: true).Message);
        // A chat user cannot edit content or appsettings.json: they are told whom to ask.
        Assert.EndsWith("(e.g. demisto/python3:1.0.0.1). Ask an admin to change dockerimage in Foreign.yml or to map evilcorp/python3:1.0 to a local image.",
            refusal.SaidTo(admin: false).Message);
    }

    [Fact]
    public async Task An_image_content_names_runs_on_the_local_image_it_is_mapped_to()
    {
        Assert.Equal("mapped", Texts.Of((await _host.RunAsync("map", "ContentImage")).Last()));
    }

    [Fact]
    public async Task A_missing_image_says_how_to_map_or_build_one()
    {
        var error = Assert.IsType<ErrorReply>((await _host.RunAsync("map", "MissingImage")).Last());

        Assert.StartsWith("!MissingImage could not start: The image demisto/python3-missing:3.10.13.1 is not in the engine.", error.Message);
        Assert.Contains("\"Executor\": {\"ImageMap\": {\"demisto/python3-missing\": \"demisto/python3-deb:3.11.2.1\"}}", error.SaidTo(admin: true).Message);
        Assert.DoesNotContain("Executor", error.SaidTo(admin: false).Message);
    }

    [Theory]
    [InlineData("Floating", "demisto/python3-deb:latest", "the tag latest")]
    [InlineData("Untagged", "demisto/python3-deb", "no tag")]
    public async Task An_image_without_an_exact_tag_is_refused(string script, string image, string tag)
    {
        var replies = await _host.RunAsync("args", script);

        Assert.Equal($"!{script} cannot run: The script image {image} has {tag}, which can point at a different image tomorrow; " +
            $"name an exact tag, demisto/python3-deb:<version> (`/docker_images name=python3-deb` lists the tags there are). Change dockerimage in {script}.yml, or map it to a local image in appsettings.json " +
            $"(\"Executor\": {{\"ImageMap\": {{\"demisto/python3-deb\": \"demisto/python3-deb:3.11.2.1\"}}}}, or the exact \"{image}\"), " +
            "or build one with /docker_image_create.",
            Assert.IsType<ErrorReply>(Assert.Single(replies)).SaidTo(admin: true).Message);
    }

    [Fact]
    public async Task Scripts_run_as_uid_4000_without_capabilities_docker_socket_or_host_paths_and_only_tmp_is_writable()
    {
        var replies = await _host.RunAsync("probe", "Probe");

        var probe = JsonDocument.Parse(Assert.IsType<CodeBlockReply>(Assert.Single(replies)).Code).RootElement;
        Assert.Equal(4000, probe.GetProperty("uid").GetInt32());
        Assert.Equal(4000, probe.GetProperty("gid").GetInt32());
        Assert.Equal("0000000000000000", probe.GetProperty("CapEff").GetString());
        Assert.Equal("1", probe.GetProperty("NoNewPrivs").GetString());
        Assert.Equal("ok", probe.GetProperty("tmp").GetString());
        Assert.False(probe.GetProperty("docker_sock").GetBoolean());
        var mounts = probe.GetProperty("mounts").GetString()!.Split('\n');
        Assert.Contains(mounts, m => m.StartsWith("overlay / overlay ro,", StringComparison.Ordinal));
        Assert.Contains(mounts, m => m.Contains(" /tmp tmpfs rw,", StringComparison.Ordinal));
        Assert.DoesNotContain(mounts, m => m.Contains("docker.sock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_container_carries_the_managed_and_instance_labels()
    {
        await _host.RunAsync("labels", "Print", ("value", "x"));

        var containers = await _host.ContainersAsync();
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.Equal("script-runner", c.Labels["org.chatops.role"]));
    }

    private static JsonElement ContextOf(List<Reply> replies) =>
        JsonDocument.Parse(Assert.IsType<CodeBlockReply>(replies.Last()).Code).RootElement;
}
