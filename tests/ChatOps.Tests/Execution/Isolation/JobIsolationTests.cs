using ChatOps.Replies;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution.Isolation;

/// <summary>
/// Attacks a job can make on the next job in the same warm container (a pool of one), each followed by a victim
/// from another channel: the victim sees nothing of the attack and gets its own, correct result.
/// </summary>
public sealed class JobIsolationTests(IsolationHostFixture fixture) : IClassFixture<IsolationHostFixture>
{
    private readonly ScriptHost _host = fixture.Host;

    [Fact]
    public async Task Globals_builtins_and_patched_modules_of_one_job_are_gone_for_the_next()
    {
        var victim = await OnOneContainerAsync(("PoisonGlobals", []), ("ReadGlobals", []));

        Assert.Equal("clean \"own\"", Single(victim));
    }

    [Fact]
    public async Task A_patched_demisto_class_neither_rewrites_the_next_jobs_output_nor_forges_its_arguments()
    {
        var victim = await OnOneContainerAsync(("PatchDemisto", []), ("Echo", [("value", "genuine")]));

        Assert.Equal("genuine", Single(victim));
    }

    [Fact]
    public async Task A_completion_a_job_writes_itself_neither_ends_it_early_nor_forges_the_next_jobs_answer()
    {
        var victim = await OnOneContainerAsync(("ForgeCompletion", []), ("Echo", [("value", "genuine")]), out var attack);

        Assert.Equal("forged", (await attack).Where(r => r is not ProgressReply).Select(Texts.Of).Last());
        Assert.Equal("genuine", Single(victim));
    }

    [Fact]
    public async Task A_job_that_ends_its_own_answer_early_cuts_only_its_own_answer_and_nothing_after_it_reaches_the_next_job()
    {
        var victim = await OnOneContainerAsync(("ForgeAnswered", []), ("Echo", [("value", "genuine")]), out var attack);

        Assert.Equal("cut short", Single(await attack));
        Assert.Equal("genuine", Single(victim));
    }

    [Fact]
    public async Task The_answer_comes_before_the_parent_has_cleaned_up_and_the_container_waits_for_its_completed()
    {
        var before = Single(await _host.RunAsync("attacker", "Hostname"));
        await WaitUntilIdleAsync();

        var answer = await _host.RunAsync("attacker", "SlowCleanUp");
        var busyAtTheAnswer = Busy();
        await WaitUntilIdleAsync();
        var scratch = await _host.RunAsync("victim", "ListScratch");
        var processes = await _host.RunAsync("victim", "OtherProcesses");

        Assert.Equal("answered before the clean-up", Single(answer));
        Assert.True(busyAtTheAnswer == 1, "the container should still be the job's while its parent removes 20,000 files");
        Assert.Equal("[]", Single(scratch));
        Assert.Equal("[]", Single(processes));
        Assert.Equal(before, Single(await _host.RunAsync("victim", "Hostname")));
    }

    [Fact]
    public async Task A_thread_left_running_never_sees_the_next_jobs_arguments()
    {
        var victim = await OnOneContainerAsync(("StartSpy", []), ("SlowEcho", [("value", "mine"), ("apikey", "S3CRET-spy")]));
        var leftovers = await _host.RunAsync("attacker", "ListScratch");

        Assert.Equal("mine", Single(victim));
        Assert.Equal("[]", Single(leftovers));
    }

    [Fact]
    public async Task Files_in_tmp_and_dev_shm_are_removed_before_the_next_job_even_in_a_folder_made_unwritable()
    {
        var victim = await OnOneContainerAsync(("PlantFiles", []), ("ListScratch", []));

        Assert.Equal("[]", Single(victim));
    }

    [Fact]
    public async Task A_job_that_says_it_is_done_while_still_writing_files_leaves_none_for_the_next_job()
    {
        var victim = await OnOneContainerAsync(("ForgeDoneAndKeepWriting", []), ("ListScratch", []));

        Assert.Equal("[]", Single(victim));
    }

    [Fact]
    public async Task Environment_variables_putenv_and_working_folder_do_not_reach_the_next_job()
    {
        var untouched = Single(await _host.RunAsync("victim", "ReadEnvironment"));
        var victim = await OnOneContainerAsync(("PlantEnvironment", []), ("ReadEnvironment", []));

        Assert.StartsWith("clean False ", untouched);
        Assert.Equal(untouched, Single(victim));
    }

    [Fact]
    public async Task A_job_that_closes_stdin_stdout_and_stderr_still_answers_and_the_next_job_runs()
    {
        var replies = await OnOneContainerAsync(("CloseDescriptors", []), ("Echo", [("value", "after closing")]));

        Assert.Equal("after closing", Single(replies));
    }

    [Fact]
    public async Task A_job_that_closes_the_protocol_descriptors_fails_clearly_and_the_next_job_runs()
    {
        var before = await _host.RunAsync("attacker", "Hostname");
        var broken = await _host.RunAsync("attacker", "CloseProtocol");
        var victim = await _host.RunAsync("victim", "Echo", ("value", "fine"));
        var after = await _host.RunAsync("victim", "Hostname");

        var error = Assert.IsType<ErrorReply>(broken.Last());
        Assert.Contains("broke its connection to the server", error.Message);
        Assert.Equal("fine", Single(victim));
        Assert.Equal(Single(before), Single(after));
    }

    [Fact]
    public async Task A_double_forked_daemon_is_killed_before_the_next_job_and_cannot_write_into_its_answer()
    {
        var victim = await OnOneContainerAsync(("Daemon", []), ("OtherProcesses", []));
        await Task.Delay(700); // past the moment the daemon would have written
        var later = await _host.RunAsync("victim", "Echo", ("value", "later"));

        Assert.Equal("[]", Single(victim));
        Assert.Equal("later", Single(later));
    }

    [Fact]
    public async Task No_job_finds_an_earlier_jobs_argument_anywhere_in_its_own_memory()
    {
        var secret = "S3CRET-" + Guid.NewGuid().ToString("N");
        var own = "S3CRET-" + Guid.NewGuid().ToString("N");
        var scan = await OnOneContainerAsync(("Echo", [("value", "with a key"), ("apikey", secret)]), ("ScanMemory", [("apikey", own)]));

        // The scan finds the job's own argument, so it does look; it finds nothing of the job before.
        Assert.Contains(own, Single(scan));
        Assert.DoesNotContain(secret, Single(scan));
    }

    [Fact]
    public async Task Sys_exit_with_a_code_is_a_failure_that_names_the_code_and_the_next_job_runs()
    {
        var victim = await OnOneContainerAsync(("ExitThree", []), ("Echo", [("value", "next")]), out var attack);

        var replies = await attack;
        Assert.Equal("before exit", Texts.Of(replies[0]));
        Assert.Equal("!ExitThree raised SystemExit: exit code 3", Assert.IsType<ErrorReply>(replies.Last()).Message);
        Assert.Equal("next", Single(victim));
    }

    [Fact]
    public async Task Sys_exit_zero_is_a_normal_end_with_the_output_so_far()
    {
        var victim = await OnOneContainerAsync(("ExitZero", []), ("Echo", [("value", "next")]), out var attack);

        var replies = await attack;
        Assert.Equal(["before exit"], replies.Select(Texts.Of));
        Assert.Equal("next", Single(victim));
    }

    [Fact]
    public async Task Os_exit_ends_only_the_jobs_process_and_says_with_which_code()
    {
        var victim = await OnOneContainerAsync(("HardExit", []), ("Echo", [("value", "next")]), out var attack);

        var error = Assert.IsType<ErrorReply>((await attack).Last());
        Assert.Equal("!HardExit raised SystemExit: the script ended its process with exit code 5 before it finished", error.Message);
        Assert.Equal("next", Single(victim));
    }

    [Fact]
    public async Task A_keyboard_interrupt_fails_that_job_only()
    {
        var victim = await OnOneContainerAsync(("Interrupt", []), ("Echo", [("value", "next")]), out var attack);

        Assert.Contains("KeyboardInterrupt", Assert.IsType<ErrorReply>((await attack).Last()).Message);
        Assert.Equal("next", Single(victim));
    }

    [Fact]
    public async Task Signals_sent_to_pid_1_do_nothing_to_the_loop()
    {
        var victim = await OnOneContainerAsync(("SignalInit", []), ("Echo", [("value", "next")]), out var attack);

        Assert.Equal("signalled", Single(await attack));
        Assert.Equal("next", Single(victim));
    }

    [Theory]
    [InlineData("SIGSTOP")]
    [InlineData("SIGKILL")]
    public async Task A_job_that_stops_or_kills_the_process_waiting_for_the_next_job_does_not_stop_the_next_job(string signal)
    {
        var victim = await OnOneContainerAsync(("SignalLoopProcesses", [("signal", signal)]), ("Echo", [("value", "next")]), out var attack);

        Assert.StartsWith("signalled ", Single(await attack));
        Assert.Equal("next", Single(victim));
    }

    [Fact]
    public async Task A_job_cannot_read_the_memory_environment_or_descriptors_of_the_loops_parent()
    {
        var replies = await _host.RunAsync("attacker", "ReadParent");

        Assert.Equal("/proc/1/mem PermissionError, /proc/1/environ PermissionError, /proc/1/fd/0 PermissionError", Single(replies));
    }

    [Fact]
    public async Task System_v_shared_memory_and_queues_a_job_creates_are_removed_after_it()
    {
        var victim = await OnOneContainerAsync(("PlantIpc", []), ("ListIpc", []), out var attack);

        Assert.DoesNotContain("-1", Single(await attack));
        Assert.Equal("[]", Single(victim));
    }

    private int Busy() => _host.Pool.Sizes().Where(m => m.Tags.ToArray().Any(t => t.Value as string == "busy")).Sum(m => m.Value);

    private async Task WaitUntilIdleAsync()
    {
        for (var waited = 0; Busy() > 0 && waited < 20_000; waited += 10) await Task.Delay(10);
        Assert.Equal(0, Busy());
    }

    private Task<List<Reply>> OnOneContainerAsync((string Script, (string, string)[] Args) attack, (string Script, (string, string)[] Args) victim) =>
        OnOneContainerAsync(attack, victim, out _);

    /// <summary>The attack from one channel, then the victim from another, on the same container (checked by hostname).</summary>
    private Task<List<Reply>> OnOneContainerAsync((string Script, (string, string)[] Args) attack, (string Script, (string, string)[] Args) victim,
        out Task<List<Reply>> attackReplies)
    {
        var attackDone = new TaskCompletionSource<List<Reply>>();
        attackReplies = attackDone.Task;
        return RunPairAsync(attack, victim, attackDone);
    }

    private async Task<List<Reply>> RunPairAsync((string Script, (string, string)[] Args) attack, (string Script, (string, string)[] Args) victim,
        TaskCompletionSource<List<Reply>> attackDone)
    {
        var before = Single(await _host.RunAsync("attacker", "Hostname"));
        attackDone.SetResult(await _host.RunAsync("attacker", attack.Script, attack.Args));
        var replies = await _host.RunAsync("victim", victim.Script, victim.Args);
        var after = Single(await _host.RunAsync("victim", "Hostname"));
        Assert.True(before == after, $"the victim should have run on the attacker's container ({before}), not on {after}");
        return replies;
    }

    private static string Single(List<Reply> replies)
    {
        replies = replies.Where(r => r is not ProgressReply).ToList();
        Assert.True(replies.Count == 1, "expected one reply, got: " + Texts.All(replies));
        return Texts.Of(replies[0]);
    }
}
