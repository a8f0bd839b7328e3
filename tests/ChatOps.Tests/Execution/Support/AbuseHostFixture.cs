namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// A script host with tight limits (4 s timeout, 96 MiB, 48 pids, 64 KiB output, scripts 2 deep) and scripts that misbehave,
/// shared by the abuse tests: each test checks the damage is contained and the next script still runs.
/// </summary>
public sealed class AbuseHostFixture : IAsyncLifetime
{
    private TestContent? _content;

    internal ScriptHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _content = new TestContent(withRepositoryContent: true)
            .Script("Spin", "while True:\n    pass")
            .Script("ForkBomb", "import os\nwhile True:\n    os.fork()")
            .Script("MemoryHog", "hog = []\nwhile True:\n    hog.append(b'x' * (8 * 1024 * 1024))")
            .Script("Flood", "for i in range(40000):\n    print('flood line %d %s' % (i, 'x' * 80))\ndemisto.results('flood done')")
            .Script("LongLine", "demisto.results('y' * (4 * 1024 * 1024))")
            .Script("HugeRequest", "demisto.setContext('big', 'z' * (4 * 1024 * 1024))")
            .Script("Dial", "import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=3)")
            .Script("WriteHome", "open('/home/demisto/planted.txt', 'w').write('x')")
            .Script("WriteUsr", "open('/usr/lib/planted.txt', 'w').write('x')")
            .Script("ExitLoop", "import os\nos._exit(3)")
            .Script("KillInit", "import os, signal\nos.kill(1, signal.SIGKILL)\ndemisto.results('still here')")
            .Script("Children", "import subprocess\nsubprocess.Popen(['sleep', '300'])\ndemisto.results('spawned')")
            .Script("CountProcesses", JobProcesses.Count)
            .Script("SelfCall", "demisto.results(demisto.executeCommand('SelfCall', {}))");
        Host = new ScriptHost(_content.Folder, new Dictionary<string, string?>
        {
            ["Executor:ScriptTimeout"] = "00:00:04",
            ["Executor:MemoryMegabytes"] = "96",
            ["Executor:PidsLimit"] = "48",
            ["Executor:OutputLimitBytes"] = "65536",
            ["Executor:MaxContainersPerImage"] = "4",
            ["Executor:MaxNestingDepth"] = "2",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _content?.Dispose();
    }
}
