namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// One script host per test class (starting containers is the expensive part), over the repository's content
/// plus a few probe scripts. Tests use their own channel names so no test sees another's context.
/// </summary>
public sealed class WarmHostFixture : IAsyncLifetime
{
    private TestContent? _content;

    internal ScriptHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _content = new TestContent(withRepositoryContent: true)
            .Script("Hostname", "import socket\ndemisto.results(socket.gethostname())")
            .Script("Probe", """
                import os, json
                status = dict(l.split(':\t', 1) for l in open('/proc/self/status').read().splitlines() if ':\t' in l)
                try:
                    open('/tmp/probe.txt', 'w').write('ok')
                    tmp = open('/tmp/probe.txt').read()
                except OSError as e:
                    tmp = str(e)
                demisto.results({'uid': os.getuid(), 'gid': os.getgid(), 'CapEff': status['CapEff'].strip(),
                                 'NoNewPrivs': status['NoNewPrivs'].strip(), 'tmp': tmp,
                                 'docker_sock': os.path.exists('/var/run/docker.sock'),
                                 'mounts': open('/proc/self/mounts').read()})
                """)
            .Script("AskUnknown", "demisto.results(demisto.executeCommand('NoSuchThing', {'a': 1}))")
            .Script("EnvWriter", "import os\nos.environ['LEAK'] = 'yes'\ndemisto.results('set')")
            .Script("EnvReader", "import os\ndemisto.results(os.environ.get('LEAK', 'clean'))")
            .Script("Lister", "demisto.results(', '.join(i.strip() for i in demisto.args()['items'].split(',') if i.strip()))", "- name: items\n  isArray: true\n  required: true\n- name: mode\n  defaultValue: fast")
            .Script("Mode", "demisto.results(demisto.args()['mode'])", "- name: mode\n  defaultValue: fast")
            .Script("Fails", "def inner():\n    raise KeyError('missing thing')\ninner()")
            .Script("Refuses", "return_error('bad input, try again')")
            .Script("Logs", "print('first line')\ndemisto.log('second line')\ndemisto.info('to the server log')\ndemisto.results('done')")
            .Script("Foreign", "demisto.results('x')", extra: "dockerimage: evilcorp/python3:1.0\n")
            .Script("Floating", "demisto.results('x')", extra: "dockerimage: demisto/python3-deb:latest\n")
            .Script("Untagged", "demisto.results('x')", extra: "dockerimage: demisto/python3-deb\n")
            .Script("ContentImage", "demisto.results('mapped')", extra: "dockerimage: demisto/python3:3.10.13.83255\n")
            .Script("MissingImage", "demisto.results('x')", extra: "dockerimage: demisto/python3-missing:3.10.13.1\n");
        Host = new ScriptHost(_content.Folder, new Dictionary<string, string?>
        {
            ["Executor:ImageMap:demisto/python3"] = "demisto/python3-deb:3.11.2.1",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _content?.Dispose();
    }
}
