using System.Text.Json;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

/// <summary>The loop script by hand, the way the seeds show it: JSON lines in, JSON lines out, in the real base image.</summary>
public sealed class LoopScriptTests
{
    private const string Image = "demisto/python3-deb:3.11.2.1";

    [Fact]
    public async Task The_seeds_example_prints_an_entry_log_its_answers_end_and_completed()
    {
        // echo '{"script": "demisto.log(\"this is an example entry log\")", ...}' | docker run --rm -i -v "$PWD":/work -w /work IMAGE python3 runtime/python_loop.py
        var lines = await RunLoopAsync("""{"script": "demisto.log(\"this is an example entry log\")", "integration": false, "native": false}""" + "\n");

        Assert.Equal("""{"type": "entryLog", "args": {"message": "this is an example entry log"}}""", lines[0]);
        Assert.Equal(["entryLog", "answered", "completed"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task The_parents_ready_line_names_the_token_its_completed_carries_and_completed_names_a_new_one()
    {
        // One job a run (a child may read ahead); the war room's tests run the chain over many jobs.
        var (exitCode, stdout, stderr) = await RunLoopRawAsync("""{"script": "demisto.results('one')"}""" + "\n");
        Assert.True(exitCode == 0, stderr);
        var messages = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["ready", "result", "answered", "completed"], messages.Select(m => m.GetProperty("type").GetString()));
        var first = messages[0].GetProperty("next").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Equal(first, messages[3].GetProperty("token").GetString());
        Assert.Matches("^[0-9a-f]{32}$", messages[3].GetProperty("next").GetString()!);
        Assert.NotEqual(first, messages[3].GetProperty("next").GetString());
    }

    [Fact]
    public async Task Ping_a_job_and_the_replies_to_its_requests_follow_the_protocol()
    {
        // Each job is read by a process of its own, so one loop run is fed one job: the server sends the next job
        // only after `completed`, as XSOAR's does; the replies of the job's own requests may come at once.
        var input = string.Join("\n",
            "ping",
            """{"script": "x = demisto.executeCommand('Other', {'a': demisto.args()['a']})\ndemisto.results(x[0]['Contents'])\ndemisto.results({'k': 1})\ndemisto.results([1, 'two'])", "args": {"a": "A"}}""",
            """[{"Type": 1, "Contents": "answered", "ContentsFormat": "text"}]""") + "\n";

        var messages = (await RunLoopAsync(input)).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["pong", "executeCommand", "result", "result", "result", "answered", "completed"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal("Other", messages[1].GetProperty("command").GetString());
        Assert.Equal("A", messages[1].GetProperty("args").GetProperty("a").GetString());
        Assert.Equal("answered", messages[2].GetProperty("results")[0].GetProperty("Contents").GetString());
        var converted = messages[3].GetProperty("results")[0];
        Assert.Equal((1, "{\"k\": 1}", "json"), (converted.GetProperty("Type").GetInt32(), converted.GetProperty("Contents").GetString(), converted.GetProperty("ContentsFormat").GetString()));
        Assert.Equal(["1", "two"], messages[4].GetProperty("results").EnumerateArray().Select(e => e.GetProperty("Contents").GetString()));
    }

    [Fact]
    public async Task A_reply_with_the_error_marker_raises_in_the_script()
    {
        var messages = (await RunLoopAsync("""{"script": "demisto.executeCommand('Nope', {})"}""" + "\n$$##no such command\n"))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["executeCommand", "exception", "answered", "completed"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal("ServerError: no such command", messages[1].GetProperty("args").GetProperty("exception").EnumerateArray().Last().GetString());
    }

    [Fact]
    public async Task A_native_job_ends_the_loop_after_it()
    {
        var messages = (await RunLoopAsync(
                """{"script": "return_error('bad')", "native": true}""" + "\n" + """{"script": "demisto.results('never runs: native ended the loop')"}""" + "\n"))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["result", "answered", "completed"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal(4, messages[0].GetProperty("results")[0].GetProperty("Type").GetInt32());
    }

    [Fact]
    public async Task Sys_exit_with_a_code_is_reported_with_that_code_before_the_answers_end()
    {
        // The job's process catches its own SystemExit: a normal end, so the answer ends without waiting for the parent.
        var messages = (await RunLoopAsync("""{"script": "import sys\nsys.exit(3)"}""" + "\n")).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["exception", "answered", "completed"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal(["SystemExit: exit code 3"], messages[0].GetProperty("args").GetProperty("exception").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Os_exit_gets_no_answers_end_and_the_parent_reports_the_code_before_completed()
    {
        var messages = (await RunLoopAsync("""{"script": "import os\ndemisto.results('before')\nos._exit(4)"}""" + "\n"))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["result", "exception", "fence", "completed"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal("SystemExit: the script ended its process with exit code 4 before it finished",
            messages[1].GetProperty("args").GetProperty("exception")[0].GetString());
    }

    /// <summary>The loop's lines after its `ready` (which the chain test checks).</summary>
    private static async Task<List<string>> RunLoopAsync(string input)
    {
        var (exitCode, stdout, stderr) = await RunLoopRawAsync(input);
        Assert.True(exitCode == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal("ready", JsonDocument.Parse(lines[0]).RootElement.GetProperty("type").GetString());
        return lines.Skip(1).ToList();
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunLoopRawAsync(string input) =>
        ProcessRunner.RunAsync("docker",
            ["run", "--rm", "-i", "--network", "none", "--label", "org.chatops.test=exec-loop-by-hand", "-v", RepositoryRoot.Path + ":/work:ro", "-w", "/work", Image, "python3", "runtime/python_loop.py"],
            input, RepositoryRoot.Path);
}
