namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// Probe scripts that find the processes a job could have left behind. The loop's own processes (its parent, and
/// the child waiting for the next job) are not dumpable, so no job may read their /proc/PID/environ; it may read
/// that of every process a job starts.
/// </summary>
internal static class JobProcesses
{
    private const string Find = """
        import os
        def readable(pid):
            try:
                open('/proc/%s/environ' % pid, 'rb').close()
                return True
            except OSError:
                return False
        others = [p for p in os.listdir('/proc') if p.isdigit() and int(p) != os.getpid() and readable(p)]

        """;

    public const string Count = Find + "demisto.results(str(len(others)))";

    public const string List = Find + "demisto.results(repr(others))";
}
