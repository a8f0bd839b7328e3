using System.Text.Json.Nodes;
using ChatOps.Execution.Loop;
using ChatOps.Tests.Execution.Support;

namespace ChatOps.Tests.Execution;

/// <summary>The server side of the loop protocol against a scripted stream: no engine needed.</summary>
public sealed class LoopSessionTests
{
    private static readonly LoopJob Job = new("demisto.results('x')", new JsonObject { ["a"] = "1" }, new JsonObject { ["k"] = "v" });

    [Fact]
    public async Task Ping_is_answered_by_pong()
    {
        var stream = ScriptedLoopStream.Loop();
        using var session = new LoopSession(stream, 4096);

        Assert.True(await session.PingAsync(null, CancellationToken.None));
        Assert.Equal(["ping"], stream.Written);
    }

    [Fact]
    public async Task Ping_fails_when_the_output_ends_and_reports_stderr()
    {
        var stream = new ScriptedLoopStream(_ => ["stderr:python3: not found", "EOF"]);
        using var session = new LoopSession(stream, 4096);
        var stderr = new List<string>();

        Assert.False(await session.PingAsync(stderr, CancellationToken.None));
        Assert.Equal(["python3: not found"], stderr);
    }

    [Fact]
    public async Task Once_the_loop_is_ready_only_the_completed_with_the_expected_token_ends_a_job()
    {
        var stream = new ScriptedLoopStream(line => line == "ping"
            ? ["""{"type":"ready","next":"t1"}""", """{"type":"pong"}"""]
            : [
                """{"type":"completed"}""",
                """{"type":"ready","next":"chosen"}""",
                """{"type":"completed","token":"chosen","next":"chosen"}""",
                """{"type":"result","results":[{"Type":1,"Contents":"still this job's","ContentsFormat":"text"}]}""",
                """{"type":"completed","token":"t1","next":"t2"}""",
                """{"type":"completed","token":"t1","next":"t3"}""",
            ]);
        using var session = new LoopSession(stream, 4096);
        await session.PingAsync(null, CancellationToken.None);
        var outputs = new ScriptOutputBuffer(4096);

        Assert.Equal(LoopAnswer.Completed, await session.RunAsync(Job, new RecordingRequestHandler("{}"), outputs, CancellationToken.None));
        Assert.Equal("still this job's", ((EntryOutput)Assert.Single(outputs.Outputs)).Entry.GetProperty("Contents").GetString());
        // The second t1 is a replay: the next job expects t2, so that line cannot end it either.
        var next = new ScriptOutputBuffer(4096);
        using var waiting = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync(Job, new RecordingRequestHandler("{}"), next, waiting.Token));
    }

    [Fact]
    public async Task The_job_line_carries_the_documented_fields()
    {
        var stream = ScriptedLoopStream.Loop();
        using var session = new LoopSession(stream, 4096);

        await session.RunAsync(Job, new RecordingRequestHandler("{}"), new ScriptOutputBuffer(4096), CancellationToken.None);

        var sent = JsonNode.Parse(Assert.Single(stream.Written))!.AsObject();
        Assert.Equal(["script", "integration", "native", "args", "params", "command", "context"], sent.Select(p => p.Key));
        Assert.Equal("1", (string?)sent["args"]!["a"]);
        Assert.Equal("v", (string?)sent["context"]!["k"]);
    }

    [Fact]
    public async Task Messages_are_kept_in_order_and_a_blocking_request_gets_the_handlers_reply()
    {
        var stream = ScriptedLoopStream.Loop(_ =>
        [
            """{"type":"entryLog","args":{"message":"hello"}}""",
            """{"type":"executeCommand","command":"Other","args":{"x":1}}""",
        ]);
        // The answer to the request goes back on stdin; the rest of the job follows it.
        var handler = new RecordingRequestHandler("""[{"Type":1,"Contents":"ok","ContentsFormat":"text"}]""");
        using var session = new LoopSession(stream, 4096);
        var outputs = new ScriptOutputBuffer(4096);

        var completed = await session.RunAsync(Job, handler, outputs, CancellationToken.None);

        Assert.Equal(LoopAnswer.Completed, completed);
        Assert.Equal([("executeCommand", """{"type":"executeCommand","command":"Other","args":{"x":1}}""")], handler.Requests);
        Assert.Equal("""[{"Type":1,"Contents":"ok","ContentsFormat":"text"}]""", stream.Written[1]);
        Assert.Equal([new LogOutput("hello")], outputs.Outputs);
    }

    [Fact]
    public async Task Results_exceptions_stderr_and_stray_lines_all_become_outputs()
    {
        var stream = ScriptedLoopStream.Loop(_ =>
        [
            """{"type":"result","results":[{"Type":1,"Contents":"a","ContentsFormat":"text"},{"Type":4,"Contents":"b","ContentsFormat":"text"}]}""",
            "stderr:warning from a child",
            "not json at all",
            """{"type":"exception","args":{"exception":["Traceback (most recent call last):","ValueError: no"]}}""",
        ]);
        using var session = new LoopSession(stream, 4096);
        var outputs = new ScriptOutputBuffer(4096);

        await session.RunAsync(Job, new RecordingRequestHandler("{}"), outputs, CancellationToken.None);

        Assert.Equal(5, outputs.Outputs.Count);
        Assert.Equal("a", ((EntryOutput)outputs.Outputs[0]).Entry.GetProperty("Contents").GetString());
        Assert.Equal(4, ((EntryOutput)outputs.Outputs[1]).Entry.GetProperty("Type").GetInt32());
        Assert.Contains(new LogOutput("warning from a child"), outputs.Outputs);
        Assert.Contains(new LogOutput("not json at all"), outputs.Outputs);
        Assert.Equal(["Traceback (most recent call last):", "ValueError: no"], ((ExceptionOutput)outputs.Outputs[4]).Traceback);
    }

    [Fact]
    public async Task Output_over_the_cap_is_counted_not_kept()
    {
        var stream = ScriptedLoopStream.Loop(_ => Enumerable.Range(0, 100).Select(i => "{\"type\":\"entryLog\",\"args\":{\"message\":\"line " + i + "\"}}"));
        using var session = new LoopSession(stream, 4096);
        var outputs = new ScriptOutputBuffer(500);

        Assert.Equal(LoopAnswer.Completed, await session.RunAsync(Job, new RecordingRequestHandler("{}"), outputs, CancellationToken.None));

        Assert.InRange(outputs.Outputs.Count, 5, 12);
        Assert.Equal(new LogOutput("line 0"), outputs.Outputs[0]);
        Assert.True(outputs.DroppedBytes > 3000);
    }

    [Fact]
    public async Task A_request_line_over_the_length_limit_gets_an_error_reply()
    {
        var stream = ScriptedLoopStream.Loop(_ => ["{\"type\": \"setContext\", \"name\": \"big\", \"value\": \"" + new string('z', 10_000) + "\"}"]);
        var handler = new RecordingRequestHandler("{}");
        using var session = new LoopSession(stream, 1024);
        var outputs = new ScriptOutputBuffer(4096);

        Assert.Equal(LoopAnswer.Completed, await session.RunAsync(Job, handler, outputs, CancellationToken.None));

        Assert.Empty(handler.Requests);
        Assert.Equal("$$##the setContext request is larger than 1024 bytes and was refused", stream.Written[1]);
        Assert.True(outputs.DroppedBytes >= 10_000);
    }

    [Fact]
    public async Task A_loop_that_dies_mid_job_ends_the_run_without_completed()
    {
        var stream = new ScriptedLoopStream(line => line == "ping" ? ["""{"type":"pong"}"""] : ["""{"type":"entryLog","args":{"message":"bye"}}""", "EOF"]);
        using var session = new LoopSession(stream, 4096);
        var outputs = new ScriptOutputBuffer(4096);

        Assert.Equal(LoopAnswer.OutputEnded, await session.RunAsync(Job, new RecordingRequestHandler("{}"), outputs, CancellationToken.None));
        Assert.Equal([new LogOutput("bye")], outputs.Outputs);
    }

    [Fact]
    public async Task The_jobs_answered_line_ends_its_answer_before_completed_and_what_follows_is_counted_not_kept()
    {
        var stream = ChainedLoop(_ =>
        [
            """{"type":"result","results":[{"Type":1,"Contents":"the answer","ContentsFormat":"text"}]}""",
            """{"type":"answered"}""",
        ]);
        using var session = new LoopSession(stream, 4096);
        await session.PingAsync(null, CancellationToken.None);
        var outputs = new ScriptOutputBuffer(4096);

        Assert.Equal(LoopAnswer.Answered, await session.RunAsync(Job, new RecordingRequestHandler("{}"), outputs, CancellationToken.None));
        Assert.Equal("the answer", ((EntryOutput)Assert.Single(outputs.Outputs)).Entry.GetProperty("Contents").GetString());

        // Still the job's: no ping, no other job, until the loop's completed.
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.PingAsync(null, CancellationToken.None));
        var waiting = session.AwaitCompletionAsync(CancellationToken.None);
        stream.Emit("""{"type":"result","results":[{"Type":1,"Contents":"after the answer","ContentsFormat":"text"}]}""");
        stream.Emit("stderr:a thread still writing");
        stream.Emit("""{"type":"completed","token":"forged","next":"forged"}""");
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        stream.Emit("""{"type":"completed","token":"t1","next":"t2"}""");

        Assert.Equal(new LoopCompletion(true, 3), await waiting);
        Assert.Equal("the answer", ((EntryOutput)Assert.Single(outputs.Outputs)).Entry.GetProperty("Contents").GetString());
        Assert.True(await session.PingAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task After_the_answer_a_request_is_refused_the_fence_answered_and_a_retire_noted()
    {
        var stream = ChainedLoop(_ => ["""{"type":"answered"}"""]);
        var handler = new RecordingRequestHandler("{}");
        using var session = new LoopSession(stream, 4096);
        await session.PingAsync(null, CancellationToken.None);
        Assert.Equal(LoopAnswer.Answered, await session.RunAsync(Job, handler, new ScriptOutputBuffer(4096), CancellationToken.None));

        var waiting = session.AwaitCompletionAsync(CancellationToken.None);
        stream.Emit("""{"type":"executeCommand","command":"Other","args":{}}""");
        stream.Emit("""{"type":"fence","id":7}""");
        stream.Emit("""{"type":"retire"}""");
        stream.Emit("""{"type":"completed","token":"t1","next":"t2"}""");

        Assert.Equal(new LoopCompletion(true, 1), await waiting);
        Assert.Empty(handler.Requests);
        Assert.Equal(["$$##the executeCommand request came after the script's answer was sent and was refused", "fence 7"], stream.Written.Skip(2));
        Assert.True(session.Retired);
    }

    [Fact]
    public async Task An_answered_line_from_a_loop_that_chains_no_tokens_ends_nothing()
    {
        // Without the token chain a job could also forge the completed that frees the container: the early answer
        // rests on that chain, so without it the answer ends at completed, as before.
        var stream = ScriptedLoopStream.Loop(_ =>
        [
            """{"type":"answered"}""",
            """{"type":"entryLog","args":{"message":"still this job's"}}""",
        ]);
        using var session = new LoopSession(stream, 4096);
        var outputs = new ScriptOutputBuffer(4096);

        Assert.Equal(LoopAnswer.Completed, await session.RunAsync(Job, new RecordingRequestHandler("{}"), outputs, CancellationToken.None));
        Assert.Equal([new LogOutput("still this job's")], outputs.Outputs);
    }

    [Fact]
    public async Task A_loop_whose_output_ends_after_the_answer_never_completes_the_job()
    {
        var stream = ChainedLoop(_ => ["""{"type":"answered"}""", "EOF"]);
        using var session = new LoopSession(stream, 4096);
        await session.PingAsync(null, CancellationToken.None);
        Assert.Equal(LoopAnswer.Answered, await session.RunAsync(Job, new RecordingRequestHandler("{}"), new ScriptOutputBuffer(4096), CancellationToken.None));

        Assert.Equal(new LoopCompletion(false, 0), await session.AwaitCompletionAsync(CancellationToken.None));
    }

    /// <summary>A loop that chains its completions (ready t1), answering each job line with the given lines and no completed.</summary>
    private static ScriptedLoopStream ChainedLoop(Func<string, IEnumerable<string>> job) =>
        new(line => line == "ping" ? ["""{"type":"ready","next":"t1"}""", """{"type":"pong"}"""] : line.StartsWith("{\"script\"", StringComparison.Ordinal) ? job(line) : []);
}
