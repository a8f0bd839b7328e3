namespace ChatOps.Tests.Execution.Support;

/// <summary>
/// A script host with a pool of ONE container per image, so a poisoning job and the victim job after it are sure
/// to share a container, over scripts an attacker would write and the victims they aim at.
/// </summary>
public sealed class IsolationHostFixture : IAsyncLifetime
{
    private TestContent? _content;

    internal ScriptHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _content = new TestContent(withRepositoryContent: true)
            .Script("Hostname", "import socket\ndemisto.results(socket.gethostname())")
            .Script("Echo", "demisto.results(demisto.args()['value'])", "- name: value\n  required: true\n- name: apikey")
            .Script("PoisonGlobals", """
                import builtins, json
                builtins.planted = 'planted by the attacker'
                json.dumps = lambda *a, **k: '"hijacked"'
                demisto.results('poisoned')
                """)
            .Script("ReadGlobals", """
                import builtins
                demisto.results(getattr(builtins, 'planted', 'clean') + ' ' + __import__('json').dumps('own'))
                """)
            .Script("PatchDemisto", """
                cls = type(demisto)
                cls.results = lambda self, r: cls.log(self, 'rewritten by the attacker')
                cls.args = lambda self: {'value': 'forged'}
                demisto.log('patched')
                """)
            .Script("ForgeCompletion", """
                import os
                # The protocol stream is the loop's own descriptor; a job can find it and write whatever it likes:
                # a completion of its own, then an answer it hopes the next job gets, then a guessed token.
                forged = ('\n{"type": "completed"}\n'
                          '{"type": "result", "results": [{"Type": 1, "ContentsFormat": "text", "Contents": "forged by the attacker"}]}\n'
                          '{"type": "ready", "next": "chosen"}\n{"type": "completed", "token": "chosen", "next": "chosen"}\n'
                          '{"type": "result", "results": [{"Type": 1, "ContentsFormat": "text", "Contents": "forged again"}]}\n')
                os.write(demisto._channel.out_fd, forged.encode())
                demisto.results('forged')
                """)
            .Script("ForgeAnswered", """
                import os
                # The job's own end of its answer, then more it hopes some later answer takes: a result, a request.
                demisto.results('cut short')
                os.write(demisto._channel.out_fd, b'\n{"type": "answered"}\n')
                demisto.results('after its own end')
                os.write(demisto._channel.out_fd, b'{"type": "result", "results": [{"Type": 1, "ContentsFormat": "text", "Contents": "forged for the next job"}]}\n')
                try:
                    demisto.executeCommand('Echo', {'value': 'run after the answer'})
                except Exception as refused:
                    demisto.results('refused: %s' % refused)
                """)
            .Script("SlowCleanUp", """
                import os, time
                # A grandchild and many files: the parent must kill it and remove them all before its completed.
                if os.fork() == 0:
                    time.sleep(60)
                    os._exit(0)
                for i in range(20000):
                    open('/tmp/left-%d' % i, 'w').close()
                demisto.results('answered before the clean-up')
                """)
            .Script("StartSpy", """
                import threading, time, os, gc
                def spy():
                    while True:
                        for o in gc.get_objects():
                            if isinstance(o, dict) and 'apikey' in o:
                                open('/tmp/stolen.txt', 'a').write(repr(o))
                                os.write(3, b'{"type": "entryLog", "args": {"message": "spy saw arguments"}}\n')
                        time.sleep(0.001)
                threading.Thread(target=spy, daemon=True).start()
                t = threading.Thread(target=spy)
                t.start()
                demisto.results('spy started')
                """)
            .Script("SlowEcho", "import time\ntime.sleep(0.3)\ndemisto.results(demisto.args()['value'])", "- name: value\n  required: true\n- name: apikey")
            .Script("PlantFiles", """
                import os
                for folder in ('/tmp', '/dev/shm'):
                    os.makedirs(folder + '/nest/deeper', exist_ok=True)
                    open(folder + '/nest/deeper/planted.txt', 'w').write('x')
                    open(folder + '/planted.txt', 'w').write('x')
                    os.chmod(folder + '/nest', 0o500)
                demisto.results('planted')
                """)
            .Script("ForgeDoneAndKeepWriting", """
                import os, stat
                # Tells the loop's parent its job is done (a byte on every pipe it holds but the protocol stream),
                # then goes on creating files, so the parent's kill lands in the middle of a file being written.
                for fd in range(3, 64):
                    try:
                        if fd != demisto._channel.out_fd and stat.S_ISFIFO(os.fstat(fd).st_mode):
                            os.write(fd, b'd')
                    except OSError:
                        pass
                i = 0
                while True:
                    with open('/tmp/after-done-%d' % i, 'w') as planted:
                        planted.write('x' * 65536)
                    i += 1
                """)
            .Script("ListScratch", """
                import os
                demisto.results(repr(sorted(os.listdir('/tmp')) + sorted(os.listdir('/dev/shm')) + sorted(os.listdir('/dev/mqueue'))))
                """)
            .Script("PlantEnvironment", "import os\nos.environ['PLANTED'] = 'yes'\nos.putenv('PLANTED_RAW', 'yes')\nos.chdir('/dev/shm')\ndemisto.results('set')")
            .Script("ReadEnvironment", """
                import os
                raw = open('/proc/self/environ', 'rb').read()
                demisto.results('%s %s %s' % (os.environ.get('PLANTED', 'clean'), b'PLANTED' in raw, os.getcwd()))
                """)
            .Script("CloseDescriptors", "import os\nfor fd in (0, 1, 2):\n    os.close(fd)\ndemisto.results('closed')")
            .Script("CloseProtocol", "import os\nfor fd in range(3, 64):\n    try:\n        os.close(fd)\n    except OSError:\n        pass")
            .Script("Daemon", """
                import os, time
                if os.fork() == 0:
                    os.setsid()
                    if os.fork() == 0:
                        time.sleep(0.5)
                        for fd in range(3, 16):
                            try:
                                os.write(fd, b'{"type": "result", "results": [{"Type": 1, "ContentsFormat": "text", "Contents": "written by a daemon"}]}\n')
                            except OSError:
                                pass
                        time.sleep(300)
                    os._exit(0)
                demisto.results('daemon started')
                """)
            .Script("OtherProcesses", JobProcesses.List)
            .Script("ScanMemory", """
                import re
                pattern = re.compile(rb'S3CRET-[0-9a-f]{32}')
                found = set()
                with open('/proc/self/maps') as maps, open('/proc/self/mem', 'rb', 0) as mem:
                    for line in maps:
                        fields = line.split()
                        if 'r' not in fields[1] or (len(fields) > 5 and fields[5] in ('[vvar]', '[vsyscall]')):
                            continue
                        start, end = (int(x, 16) for x in fields[0].split('-'))
                        try:
                            mem.seek(start)
                            found.update(m.decode() for m in pattern.findall(mem.read(end - start)))
                        except (OSError, ValueError, OverflowError):
                            pass
                demisto.results(repr(sorted(found)))
                """, "- name: apikey")
            .Script("SignalLoopProcesses", """
                import os, signal
                number = getattr(signal, demisto.args()['signal'])
                hit = 0
                for pid in [int(p) for p in os.listdir('/proc') if p.isdigit() and int(p) != os.getpid()]:
                    try:
                        os.kill(pid, number)
                        hit += 1
                    except OSError:
                        pass
                demisto.results('signalled %d' % hit)
                """, "- name: signal\n  required: true")
            .Script("ExitThree", "import sys\ndemisto.results('before exit')\nsys.exit(3)")
            .Script("ExitZero", "import sys\ndemisto.results('before exit')\nsys.exit(0)")
            .Script("HardExit", "import os\nos._exit(5)")
            .Script("Interrupt", "import os, signal\nos.kill(os.getpid(), signal.SIGINT)\nimport time\ntime.sleep(1)")
            .Script("SignalInit", """
                import os, signal
                for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGKILL, signal.SIGSTOP):
                    try:
                        os.kill(1, number)
                    except OSError:
                        pass
                demisto.results('signalled')
                """)
            .Script("ReadParent", """
                results = []
                for path in ('/proc/1/mem', '/proc/1/environ', '/proc/1/fd/0'):
                    try:
                        open(path, 'rb').read(1)
                        results.append(path + ' readable')
                    except OSError as e:
                        results.append(path + ' ' + type(e).__name__)
                demisto.results(', '.join(results))
                """)
            .Script("PlantIpc", """
                import ctypes
                libc = ctypes.CDLL(None)
                segment = libc.shmget(0x5eed, 4096, 0o1666)
                queue = libc.msgget(0x5eed, 0o1666)
                demisto.results('%d %d' % (segment, queue))
                """)
            .Script("ListIpc", """
                rows = []
                for kind in ('shm', 'msg', 'sem'):
                    rows += open('/proc/sysvipc/' + kind).read().splitlines()[1:]
                demisto.results(repr(rows))
                """);
        Host = new ScriptHost(_content.Folder, new Dictionary<string, string?>
        {
            ["Executor:MaxContainersPerImage"] = "1",
            ["Executor:ScriptTimeout"] = "00:00:20",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _content?.Dispose();
    }
}
