namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// A scripted loop for a fake engine whose every job answers "job N" and ends its answer with `answered`; the
/// loop's `completed` for a job (token tN) comes only when the test emits it.
/// </summary>
internal static class EarlyAnsweringLoop
{
    public static void InstallOn(FakeContainerEngine engine)
    {
        var jobs = 0;
        engine.NewStream = _ => new ScriptedLoopStream(line => line switch
        {
            "ping" => ["""{"type":"ready","next":"t1"}""", """{"type":"pong"}"""],
            _ when line.StartsWith("{\"script\"", StringComparison.Ordinal) =>
            [
                $$"""{"type":"result","results":[{"Type":1,"Contents":"job {{Interlocked.Increment(ref jobs)}}","ContentsFormat":"text"}]}""",
                """{"type":"answered"}""",
            ],
            _ => [],
        });
    }
}
