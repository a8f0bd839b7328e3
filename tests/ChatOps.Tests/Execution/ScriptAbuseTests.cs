using System.Diagnostics;
using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

/// <summary>Scripts that misbehave on purpose: each is contained, reported in chat, and the next script works.</summary>
public sealed class ScriptAbuseTests(AbuseHostFixture fixture) : IClassFixture<AbuseHostFixture>
{
    private readonly ScriptHost _host = fixture.Host;

    [Fact]
    public async Task An_infinite_loop_is_stopped_at_the_timeout_its_container_replaced_and_the_next_script_runs()
    {
        var before = await _host.RunAsync("spin", "Hostname");
        var replies = await _host.RunAsync("spin", "Spin");
        var after = await _host.RunAsync("spin", "Print", ("value", "alive"));

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.Equal("!Spin ran longer than 4 s and was stopped; its container was killed and replaced.", error.Message);
        Assert.Equal("alive", Texts.Of(after.Last()));
        Assert.DoesNotContain(await _host.ContainersAsync(), c => Texts.Of(before.Last()).StartsWith(c.Id[..12], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_script_answers_on_another_container_while_one_spins()
    {
        // Two warm containers first, so the timing below measures a job, not a cold start.
        await Task.WhenAll(_host.RunAsync("parallel-a", "Print", ("value", "warm")), _host.RunAsync("parallel-b", "Print", ("value", "warm")));
        var spinning = _host.RunAsync("parallel-a", "Spin");
        var clock = Stopwatch.StartNew();
        var other = await _host.RunAsync("parallel-b", "Print", ("value", "meanwhile"));
        var answeredAfter = clock.Elapsed;

        Assert.False(spinning.IsCompleted, "the spinning script should still be running");
        Assert.Equal("meanwhile", Texts.Of(other.Last()));
        Assert.True(answeredAfter < TimeSpan.FromSeconds(2), $"answered after {answeredAfter}");
        Assert.IsType<ErrorReply>((await spinning).Last());
    }

    [Fact]
    public async Task A_fork_bomb_stops_at_the_pids_limit_and_leaves_no_process_behind()
    {
        var replies = await _host.RunAsync("fork", "ForkBomb");
        var count = await _host.RunAsync("fork", "CountProcesses");

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.True(error.Message.Contains("Resource temporarily unavailable", StringComparison.Ordinal) || error.Message.Contains("ran longer than", StringComparison.Ordinal), error.Message);
        Assert.Equal("0", Texts.Of(count.Last()));
    }

    [Fact]
    public async Task Processes_a_script_leaves_behind_are_killed_after_it()
    {
        var spawned = await _host.RunAsync("children", "Children");
        var count = await _host.RunAsync("children", "CountProcesses");

        Assert.Equal("spawned", Texts.Of(spawned.Last()));
        Assert.Equal("0", Texts.Of(count.Last()));
    }

    [Fact]
    public async Task A_memory_hog_is_killed_at_the_memory_limit_and_reported()
    {
        var replies = await _host.RunAsync("memory", "MemoryHog");
        var after = await _host.RunAsync("memory", "Print", ("value", "alive"));

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.True(error.Message == "!MemoryHog raised MemoryError: the script ran out of memory (the container's limit) and the kernel killed it"
                    || error.Message.Contains("MemoryError", StringComparison.Ordinal), error.Message);
        Assert.Equal("alive", Texts.Of(after.Last()));
    }

    [Fact]
    public async Task An_output_flood_is_capped_with_a_note_and_the_script_still_completes()
    {
        var replies = await _host.RunAsync("flood", "Flood");

        var kept = replies.OfType<TextReply>().Where(r => r.Text.StartsWith("flood line", StringComparison.Ordinal)).Sum(r => r.Text.Length);
        Assert.InRange(kept, 1, 65536);
        Assert.Contains(replies, r => r is TextReply t && t.Text.StartsWith("[output truncated: !Flood wrote ", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r is ErrorReply);
    }

    [Fact]
    public async Task One_enormous_result_line_is_dropped_with_a_note_not_held_in_memory()
    {
        var replies = await _host.RunAsync("long", "LongLine");
        var after = await _host.RunAsync("long", "Print", ("value", "alive"));

        Assert.Contains(replies, r => r is TextReply t && t.Text.StartsWith("[output truncated: !LongLine wrote ", StringComparison.Ordinal));
        Assert.Equal("alive", Texts.Of(after.Last()));
    }

    [Fact]
    public async Task An_enormous_request_gets_an_error_reply_instead_of_hanging_the_script()
    {
        var replies = await _host.RunAsync("huge", "HugeRequest");

        Assert.Contains(replies, r => r is ErrorReply e && e.Message.Contains("setContext request is larger than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_network_connection_fails_because_there_is_no_network()
    {
        var replies = await _host.RunAsync("net", "Dial");

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.Contains("Network is unreachable", error.Message);
    }

    [Fact]
    public async Task Writing_outside_tmp_fails_on_the_read_only_root_filesystem()
    {
        var home = await _host.RunAsync("fs", "WriteHome");

        Assert.Contains("Read-only file system", Assert.IsType<ErrorReply>(home.Last()).Message);
    }

    [Fact]
    public async Task A_script_that_ends_its_process_is_reported_with_the_code_and_the_next_script_runs()
    {
        var replies = await _host.RunAsync("exit", "ExitLoop");
        var after = await _host.RunAsync("exit", "Print", ("value", "alive"));

        Assert.Equal("!ExitLoop raised SystemExit: the script ended its process with exit code 3 before it finished", Assert.IsType<ErrorReply>(replies.Last()).Message);
        Assert.Equal("alive", Texts.Of(after.Last()));
    }

    [Fact]
    public async Task Killing_pid_1_from_inside_does_nothing_because_the_loop_is_the_containers_init()
    {
        var replies = await _host.RunAsync("kill", "KillInit");

        Assert.Equal("still here", Texts.Of(replies.Last()));
    }

    [Fact]
    public async Task A_script_calling_itself_stops_at_the_nesting_limit()
    {
        // Three warm containers first: cold starts on a loaded machine would eat the 4 s budget of the outer call.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.RunAsync("self", "Print", ("value", "warm"))));
        var replies = await _host.RunAsync("self", "SelfCall");

        var error = Assert.IsType<ErrorReply>(replies.Last());
        Assert.Contains("scripts may call scripts 2 deep at most; SelfCall was not run", error.Message);
    }
}
