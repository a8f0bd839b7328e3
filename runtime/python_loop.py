# -*- coding: utf-8 -*-
"""ChatOps python loop: runs content scripts sent by the war room, one JSON job per line.

Written from the XSOAR python-loop protocol (docs: README, "Script execution"):
  server -> loop   `ping`                       -> {"type": "pong"}
                   {"script", "integration", "native", "args", "params", "command", "context"}  (one job)
                   end of input                 -> the loop exits
  loop -> server   {"type": "entryLog", "args": {"message": ...}}
                   {"type": "result", "results": [entry, ...]}
                   {"type": "exception", "args": {"exception": [traceback lines]}}
                   {"type": "completed"}        after every job, failed ones included
  blocking requests (the loop waits for exactly one reply line; a reply containing `$$##` raises an error
  in the script): executeCommand {command, args}, log {command: info|error|debug, args: {message}},
  setContext {name, value}, any other {"type": ...} a script asks for.
Messages of our own, which only this loop's parent sends: {"type": "ready", "next": t} once at start and
{"type": "completed", "token": t, "next": t'} after every job chain the completions, so a server that remembers
`next` takes only the parent's `completed` and ignores one a job writes itself (each token is drawn after the
child that runs the job it closes was forked, so that child never had it). {"type": "answered"} is the job's
child saying its script ended normally (it returned, or raised SystemExit, whose failure it has reported): the
answer is whole, and a server that checks tokens may show it at once, while the container stays its job's until
the parent's `completed` (the parent's wake-up, kill and clean-up are then off the user's path). Without it (the
child was killed, called os._exit, crashed) the answer ends at `completed`, and the parent's exception before it
says how the process ended. {"type": "fence", "id": n} asks the
server to answer the line `fence n` (so the loop can read away whatever a dead job left unread), and
{"type": "retire"} asks the server not to reuse this container (its clean-up did not finish).

Isolation (why the loop is two kinds of process). The container's PID 1 is a parent that never reads a job:
it loads the preloaded modules (CommonServerPython, when configured) once, then for every job forks a child
that reads one job line, runs it and exits. Whatever a job does to Python state (globals, classes, modules,
threads, signal handlers, descriptors, environment, memory) dies with its child; the next child is forked from
the parent, which no job has touched. Between two children the parent kills every other process in the
container, empties /tmp, /dev/shm and /dev/mqueue and removes System V IPC objects, and only then says
`completed`, so nothing a job left behind can write into the next job's answer. The parent is not dumpable,
so no child can read or write its memory through ptrace or /proc. The next job's child is forked while a job
runs and waits, not dumpable either, on a private pipe for the parent's word that the container is clean, so
the fork is not on a job's path; the clean-up spares it, and wakes it should a job have stopped it. As XSOAR's server does, the server sends a job only
after the previous one's `completed`: a child may read ahead, and what it read dies with it.

Forgery (why `answered` carries no token). A job can write anything on the protocol stream: its own `answered`
included. That only cuts its own answer short (the server takes nothing it reads after that line as anyone's
answer, and discards it until the `completed` it expects), which the job could have done by returning. It cannot
end another job's answer: the server sends the next job only after the `completed` with the expected token, a
token no process of the job ever had, and the parent says it only once every process of the job is dead (killed
and reaped, or, on the early path, a child killed with nothing else left in the pids cgroup: a process with a
SIGKILL pending runs no more code). So whatever the server reads after that `completed` was written after every
writer of the earlier job was gone: no `answered`, result or `completed` in the next job's answer is theirs.
Python 3; still loadable by python 2.7.
"""
from __future__ import print_function

import binascii
import errno
import gc
import io
import json
import os
import select
import signal
import stat
import sys
import time
import traceback

# Private references: a script may monkeypatch json or os in its own process; the loop's code must not care.
_dumps = json.dumps
_loads = json.loads
_write = os.write
_builtin_print = print

ENTRY_TYPES = {
    'note': 1, 'downloadAgent': 2, 'file': 3, 'error': 4, 'pinned': 5,
    'userManagement': 6, 'image': 7, 'playgroundError': 8,
}
ERROR_MARKER = '$$##'
WARM_UP_SCRIPT = "demisto.results(demisto.args()['value'])\ndemisto.log('warm')\n"
# What most CommonServerPython-based scripts do on their way out, for a spare to page in ahead of its job.
WARM_UP_COMMON_SERVER = ("return_results(CommandResults(outputs_prefix='Warm', outputs_key_field='id', outputs=[{'id': 1}], "
                         "readable_output=tableToMarkdown('Warm', [{'id': 1}])))\n")
PRELOAD_FOLDER = os.environ.get('CHATOPS_PRELOAD', '/opt/chatops/preload')
SCRATCH_FOLDERS = ('/tmp', '/dev/shm', '/dev/mqueue')
PRELOADED_MODULES = []
FILE_CHUNK_BYTES = 192 * 1024  # base64 of it stays well under the server's line limit
PF_EXITING = 0x4  # the kernel's flag of a task inside exit(): it makes no system call again
EXIT_CHECKS = 20  # how often, EXIT_CHECK_PAUSE_SECONDS apart, the parent looks for a killed child's exit (_exiting)
EXIT_CHECK_PAUSE_SECONDS = 0.00005

# What a child tells the parent through its status pipe (one byte each). A script can write these too: it can
# only lie about its own job, whose answer it already controls.
STATUS_JOB = b'j'       # read a job line and started it
STATUS_DONE = b'd'      # the job ended and its outcome was sent
STATUS_NATIVE = b'n'    # the job was native: the loop ends after it
STATUS_EOF = b'e'       # the server closed the input: the loop ends
JOB_DEFAULT_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2)  # default action in a job
GO = b'g'               # parent -> spare child: the container is clean, read your job
REFUSE = b'r'           # parent -> spare child: the container could not be cleaned, refuse your job
COMPLETED_LINE = b'\n{"type": "completed", "token": "%s", "next": "%s"}\n'
# The child's own end of its answer; the leading newline ends a line the job may have left unfinished.
ANSWERED_LINE = b'\n{"type": "answered"}\n'
REFUSAL = ('this container could not be cleaned after the job before yours and was retired; '
           'nothing of yours ran: run the command again')


class Channel(object):
    """The protocol streams. They are private descriptors: fd 1 is pointed at stderr and fd 0 at /dev/null, so
    neither a script's own writes nor a child process it starts can corrupt or steal protocol lines by accident."""

    def __init__(self):
        self.out_fd = os.dup(1)
        self.in_fd = os.dup(0)
        os.dup2(2, 1)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        self._in = None

    def send(self, message):
        self.send_bytes((_dumps(message) + '\n').encode('utf-8'))

    def send_bytes(self, data):
        while data:
            written = _write(self.out_fd, data)
            data = data[written:]

    def prepare(self):
        """Makes the reader (it reads nothing yet). Only children read: the parent never does."""
        if self._in is None:
            self._in = io.open(self.in_fd, 'rb', closefd=False)

    def read_line(self):
        """One line without its end, or None at end of input."""
        self.prepare()
        raw = self._in.readline()
        if not raw:
            return None
        return raw.decode('utf-8', 'replace').rstrip('\r\n')


class ServerError(ValueError):
    """The server answered a request with an error (`$$##message`)."""


class Demisto(object):
    """The `demisto` object scripts use, over one job's calling context."""

    def __init__(self, channel, job):
        self._channel = channel
        self.callingContext = job
        self.is_debug = False

    # --- the job (answered from the calling context, as XSOAR's loop does) ---
    def args(self):
        return self.callingContext.get('args') or {}

    def getArg(self, name):
        return self.args().get(name)

    def params(self):
        return self.callingContext.get('params') or {}

    def getParam(self, name):
        return self.params().get(name)

    def command(self):
        return self.callingContext.get('command') or ''

    def _server_context(self):
        return self.callingContext.get('context') or {}

    def context(self):
        return self._server_context().get('ExecutionContext') or {}

    def investigation(self):
        return self._server_context().get('Inv') or {}

    def incidents(self, incidents=None):
        """A script reads the incidents; an integration's fetch sends them (XSOAR's two demisto objects, one here)."""
        if incidents is None:
            return self._server_context().get('Incidents') or []
        self.results({'Type': ENTRY_TYPES['note'], 'Contents': _dumps(incidents), 'ContentsFormat': 'json'})

    def incident(self):
        found = self.incidents()
        return found[0] if found else {}

    def parentEntry(self):
        return self._server_context().get('ParentEntry')

    def integrationInstance(self):
        return self._server_context().get('IntegrationInstance') or ''

    def demistoVersion(self):
        return self.callingContext.get('demistoVersion') or {'version': '6.10.0', 'buildNumber': '0'}

    def uniqueFile(self):
        import uuid
        return str(uuid.uuid4())

    def get(self, obj, field, defaultParam=None):
        """Dotted-path lookup, as XSOAR's demisto.get."""
        current = obj
        for part in field.split('.'):
            if isinstance(current, dict) and part in current:
                current = current[part]
            else:
                return defaultParam
        return current

    def gets(self, obj, field):
        return str(self.get(obj, field))

    def credentials(self, credentials):
        self.results({'Type': ENTRY_TYPES['note'], 'Contents': _dumps(credentials), 'ContentsFormat': 'json'})

    # --- messages that do not wait ---
    def log(self, msg):
        self._channel.send({'type': 'entryLog', 'args': {'message': _text(msg)}})

    def results(self, results):
        converted = self.convert(results)
        entries = converted if isinstance(converted, list) else [converted]
        for entry in entries:
            self._send_file(entry)
        self._channel.send({'type': 'result', 'results': entries})

    def _send_file(self, entry):
        """A file entry's file goes to the server before the entry, in chunks it acknowledges one by one: the
        clean-up after the job empties /tmp, and the engine cannot read a container's tmpfs. CommonServerPython's
        fileResult writes it as `./<investigation id>_<FileID>`."""
        if not isinstance(entry, dict) or not entry.get('FileID') or not entry.get('File'):
            return
        file_id = _text(entry['FileID'])
        for name in ('%s_%s' % (self.investigation().get('id', ''), file_id), file_id):
            path = os.path.join(os.getcwd(), name)
            if os.path.isfile(path):
                break
        else:
            return
        import base64
        with io.open(path, 'rb') as source:
            offset = 0
            while True:
                chunk = source.read(FILE_CHUNK_BYTES)
                last = len(chunk) < FILE_CHUNK_BYTES
                self.request({'type': 'file', 'FileID': file_id, 'File': _text(entry['File']), 'offset': offset,
                              'data': base64.b64encode(chunk).decode('ascii'), 'last': last})
                offset += len(chunk)
                if last:
                    return

    def convert(self, results):
        """XSOAR's entry conversion: entries pass, other dicts become JSON notes, lists element-wise, the rest text."""
        if isinstance(results, dict):
            if 'Contents' in results and 'ContentsFormat' in results:
                return results
            return {'Type': ENTRY_TYPES['note'], 'Contents': _dumps(results), 'ContentsFormat': 'json'}
        if isinstance(results, list):
            return [self.convert(r) for r in results]
        if isinstance(results, bytes) and not isinstance(results, str):
            return {'Type': ENTRY_TYPES['note'], 'Contents': results.decode('utf-8', 'replace'), 'ContentsFormat': 'text'}
        return {'Type': ENTRY_TYPES['note'], 'Contents': _text(results), 'ContentsFormat': 'text'}

    # --- requests that wait for the server's one reply line ---
    def request(self, message):
        self._channel.send(message)
        reply = self._channel.read_line()
        if reply is None:
            raise EOFError('the server closed the connection while the script waited for a reply')
        if ERROR_MARKER in reply:
            raise ServerError(reply[reply.index(ERROR_MARKER) + len(ERROR_MARKER):])
        try:
            return _loads(reply)
        except ValueError:
            return reply

    def executeCommand(self, command, args=None):
        return self.request({'type': 'executeCommand', 'command': command.strip(), 'args': args or {}})

    def _server_command(self, command, args=None):
        return self.executeCommand(command, args or {})

    def getLicenseID(self):
        return self._server_command('getLicenseID')['id']

    def getIntegrationContext(self):
        return self._server_command('getIntegrationContext')

    def setIntegrationContext(self, value):
        return self._server_command('setIntegrationContext', {'value': value})

    def getIntegrationContextVersioned(self, refresh=False):
        return {'context': self.getIntegrationContext(), 'version': -1}

    def setIntegrationContextVersioned(self, context, version=-1, sync=False):
        return self.setIntegrationContext(context)

    def getLastRun(self):
        return self._server_command('getLastRun')

    def setLastRun(self, value):
        return self._server_command('setLastRun', {'value': value})

    def getFilePath(self, id):
        """A file returned earlier in this war room, copied chunk by chunk into the job's /tmp: {id, path, name}."""
        import base64
        offset, name, path = 0, None, None
        while True:
            chunk = self.request({'type': 'getFileByEntryID', 'command': 'getFilePath', 'args': {'id': id}, 'offset': offset})
            if path is None:
                name = chunk['name']
                path = os.path.join('/tmp', 'file_%s_%s' % (_text(id).split('@')[0], os.path.basename(name)))
                target = io.open(path, 'wb')
            data = base64.b64decode(chunk['data'])
            target.write(data)
            offset += len(data)
            if chunk['last']:
                target.close()
                return {'id': id, 'path': path, 'name': name}

    def demistoUrls(self):
        return self.request({'type': 'demistoUrls'})

    def dt(self, data, q):
        return self.request({'type': 'dt', 'name': q, 'value': data})['result']

    def getAllSupportedCommands(self):
        return self.request({'type': 'getAllModulesSupportedCmds'})

    def getModules(self):
        return self.request({'type': 'getAllModules'})

    def setContext(self, name, value):
        return self.request({'type': 'setContext', 'name': name, 'value': value})

    def info(self, *args):
        return self._server_log('info', args)

    def error(self, *args):
        return self._server_log('error', args)

    def debug(self, *args):
        return self._server_log('debug', args)

    def _server_log(self, level, args):
        return self.request({'type': 'log', 'command': level, 'args': {'message': ' '.join(_text(a) for a in args)}})


def _text(value):
    if isinstance(value, bytes) and not isinstance(value, str):
        return value.decode('utf-8', 'replace')
    try:
        return '%s' % (value,)
    except Exception:  # an object whose __str__ fails still gets logged
        return repr(value)


def _script_globals(demisto, preloaded):
    """The job's globals: the preloaded modules' globals (as if prepended), else the few helpers scripts rely on.
    The dictionary is the child's own copy of the parent's, so a job may change it freely."""

    def log_print(*args, **kwargs):
        if kwargs.get('file') is not None:
            return _builtin_print(*args, **kwargs)
        demisto.log(kwargs.get('sep', ' ').join(_text(a) for a in args))

    def return_error(message, error='', outputs=None):
        demisto.results({'Type': ENTRY_TYPES['error'], 'ContentsFormat': 'text', 'Contents': _text(message)})
        sys.exit(0)

    def return_results(results):
        if results is None:
            return
        demisto.results(results)

    script_globals = preloaded if preloaded is not None else {
        '__builtins__': __builtins__,
        'return_error': return_error,
        'return_results': return_results,
        'entryTypes': dict(ENTRY_TYPES),
    }
    # XSOAR runs a script as the body of its loop's exec: scripts guard their entry point on these names.
    script_globals['__name__'] = 'builtins' if preloaded is not None else '__main__'
    script_globals['demisto'] = demisto
    script_globals['print'] = log_print
    return script_globals


def _preload(channel):
    """Runs the preloaded modules (e.g. CommonServerPython, then CommonServerUserPython) once, in the parent, into
    one globals dictionary every job's child inherits. No job exists yet: `demisto` is an object with an empty
    calling context, which a module may consult while it loads. None when there is nothing to preload."""
    try:
        names = sorted(n for n in os.listdir(PRELOAD_FOLDER) if n.endswith('.py'))
    except OSError:
        return None
    if not names:
        return None
    placeholder = Demisto(channel, {})
    sys.modules['demistomock'] = placeholder
    preloaded = {'__builtins__': __builtins__, '__name__': 'builtins', 'demisto': placeholder}
    modules = []
    for name in names:
        path = os.path.join(PRELOAD_FOLDER, name)
        module_name = (name[name.index('-') + 1:] if '-' in name else name)[:-len('.py')]
        with io.open(path, 'rb') as source:
            code = compile(source.read(), module_name + '.py', 'exec')
        exec(code, preloaded)
        modules.append(module_name)
    # `from CommonServerPython import *` must give the very names the script already has (XSOAR prepends them):
    # each preloaded file is also a module of those names, whose `demisto` each job points at its own.
    import types
    for module_name in modules:
        module = types.ModuleType(module_name)
        module.__dict__.update(preloaded)
        module.__name__ = module_name
        sys.modules[module_name] = module
        PRELOADED_MODULES.append(module)
    return preloaded


def _renew_logger(script_globals):
    """CommonServerPython's LOG learns at import which param values are secrets, to mask them in what it logs; it
    was imported with no job, so each job gets one that knows its own params."""
    logger = script_globals.get('IntegrationLogger')
    if logger is None or 'LOG' not in script_globals:
        return
    try:
        fresh = logger(debug_logging=bool(getattr(script_globals['demisto'], 'is_debug', False)))
    except TypeError:
        fresh = logger()
    script_globals['LOG'] = fresh
    for module in PRELOADED_MODULES:
        module.LOG = fresh


def _traceback_lines():
    kind, value, tb = sys.exc_info()
    # Skip the loop's own frame: the person reading wants the script's lines.
    if tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    lines = []
    for chunk in traceback.format_exception(kind, value, tb):
        lines.extend(chunk.rstrip('\n').split('\n'))
    return lines


def _exit_failure(code):
    """sys.exit(code) with a code other than 0/None: XSOAR reports it as the script's failure."""
    if isinstance(code, int):
        return ['SystemExit: exit code %d' % code]
    return ['SystemExit: %s' % _text(code)]


def _read_job(channel):
    """The next job line as a dict, answering pings first. A line that is neither (a reply a dead job's request
    was sent after it stopped reading) belongs to no one now and is dropped. None at end of input."""
    while True:
        line = channel.read_line()
        if line is None:
            return None
        stripped = line.strip()
        if stripped == '':
            continue
        if stripped == 'ping':
            channel.send({'type': 'pong'})
            continue
        try:
            job = _loads(line)
        except ValueError as problem:
            if stripped.startswith('{"script"'):
                return {'__invalid__': 'the job line is not valid JSON: %s' % problem}
            continue
        if isinstance(job, dict) and 'script' in job:
            return job
        if stripped.startswith('{"script"'):
            return {'__invalid__': 'a job must be a JSON object'}


def _child(channel, spare, preloaded):
    """One job in a process of its own. Never returns. Forked ahead of time, it waits for the parent's word on
    its private pipe before it reads anything: until then an earlier job may still be running."""
    code = 0
    try:
        for fd in spare.inherited:
            os.close(fd)
        # Measured both ways: skipping this under load (when the word comes soon) made the bench slower, not faster.
        _warm_up(channel, preloaded)
        word = os.read(spare.go_read, 1)
        if word not in (GO, REFUSE):
            os._exit(0)  # the parent is going away
        os.close(spare.go_read)
        _set_dumpable(1)  # the job may read its own /proc/self files; the parent stays closed to it
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
            for number in JOB_DEFAULT_SIGNALS:  # the parent run by hand ignores them (see _harden_parent)
                signal.signal(number, signal.SIG_DFL)
        status_fd = spare.status_write
        job = _read_job(channel)
        if job is None:
            _write(status_fd, STATUS_EOF)
            os._exit(0)
        _write(status_fd, STATUS_NATIVE if job.get('native') else STATUS_JOB)
        if word == REFUSE:
            channel.send({'type': 'exception', 'args': {'exception': [REFUSAL]}})
        elif '__invalid__' in job:
            channel.send({'type': 'exception', 'args': {'exception': [job['__invalid__']]}})
        else:
            _run(channel, job, preloaded)
        _flush_standard_streams()
        # The answer is whole: the server may show it now, before the parent's kill, clean-up and `completed`.
        channel.send_bytes(ANSWERED_LINE)
        # Once the parent reads this it may kill this process at once: everything of the job has been written.
        _write(status_fd, STATUS_DONE)
    except BaseException:
        code = 70  # the loop's own code failed (the protocol descriptors closed, say): the parent reports it
    _flush_standard_streams()
    os._exit(code)


def _flush_standard_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


class _Discard(object):
    """A channel that goes nowhere, for the warm-up."""

    def send(self, message):
        _dumps(message)

    def read_line(self):
        return None


def _warm_up(channel, preloaded):
    """While it waits, the spare does what every job does once, with nothing of any job: a forked process pays a
    page copy the first time it writes to memory it shares with its parent (Python writes on every reference), so
    paying those copies now keeps them off the job's path."""
    if channel is not None:
        channel.prepare()
    job = {'script': '', 'args': {'value': 'warm'}, 'context': {}, 'params': {}, 'command': '', 'integration': False}
    _loads(_dumps(job))
    script = WARM_UP_SCRIPT
    if preloaded is not None and 'CommandResults' in preloaded and 'return_results' in preloaded:
        script += WARM_UP_COMMON_SERVER
    try:
        _execute(_Discard(), job, script, preloaded)
    except BaseException:
        pass


class Spare(object):
    """A forked child waiting for its job: its pid, the pipe the parent starts it with, the pipe it reports on."""

    def __init__(self, inherited):
        self.go_read, self.go_write = os.pipe()
        self.status_read, self.status_write = os.pipe()
        self.inherited = list(inherited) + [self.go_write, self.status_read]
        self.pid = 0

    def parent_ends(self):
        return [self.go_write, self.status_read]


def _run(channel, job, preloaded):
    _execute(channel, job, job.get('script') or '', preloaded)


def _execute(channel, job, script, preloaded):
    demisto = Demisto(channel, job)
    sys.modules['demistomock'] = demisto
    for module in PRELOADED_MODULES:
        module.demisto = demisto
    try:
        code = compile(script, '<script>', 'exec')
        script_globals = _script_globals(demisto, preloaded)
        _renew_logger(script_globals)
        exec(code, script_globals)
    except SystemExit as ending:
        if ending.code not in (None, 0):
            channel.send({'type': 'exception', 'args': {'exception': _exit_failure(ending.code)}})
    except BaseException:
        channel.send({'type': 'exception', 'args': {'exception': _traceback_lines()}})


class Parent(object):
    """PID 1: keeps one child forked ahead for the next job, and cleans the container between jobs. Never reads
    job data."""

    def __init__(self, channel):
        self.channel = channel
        self.fences = 0
        self.oom_kills = 0
        self.preloaded = None
        self.token = None

    def serve(self):
        # The reader every child reads its job with, made (never read) here once rather than in each child.
        self.channel.prepare()
        self.preloaded = _preload(self.channel)
        self.oom_kills = _oom_kills()
        # Once in the parent too, with nothing of any job: what a job's first run creates lazily (caches, the
        # compiler's and the JSON encoder's state) then exists before any child is forked, shared by all.
        _warm_up(None, self.preloaded)
        if hasattr(gc, 'freeze'):
            # Everything loaded so far lives as long as the loop: a child's collections need not visit (and so
            # copy) it.
            gc.collect()
            gc.freeze()
        current = self._spawn([])
        spare = self._spawn([current.go_write, current.status_read])
        self.token = _new_token()  # drawn after both children were forked: neither has it
        self.channel.send({'type': 'ready', 'next': self.token})
        word = GO
        current = self._start_or_replace(current, word)
        while True:
            status, exit_status = _await_outcome(current)
            answered = False
            if exit_status is None:
                # The child said its job ended. Killed now it runs no more code (the kernel lets no process fork
                # once a kill is pending), so when nothing else is left the answer can go out at once and the
                # child's exit and the scratch folders be dealt with while the server reads it.
                _kill(current.pid)
                if STATUS_DONE in status and STATUS_NATIVE not in status and _only_these_left(current.pid, spare.pid):
                    self._complete()
                    if _exiting(current.pid) and self._clean_files():
                        # The usual end: nothing of the job runs or can write any more and the scratch folders are
                        # empty, so the spare may start now; the child's exit (its memory freed, most of a
                        # millisecond here) then overlaps the next job instead of delaying it.
                        _wake(spare.pid)
                        ended = current.pid
                        os.close(current.status_read)  # before any fork: no later process may hold it
                        current = self._start_or_replace(spare, GO)
                        spare = self._spawn([current.status_read])
                        _wait_for(ended)
                        continue
                    answered = True
                exit_status = _wait_for(current.pid)
            spare_alive = self._clean_processes(keep=spare.pid)
            status += _read_all(current.status_read)
            clean = self._clean_files()
            if not spare_alive:
                _abandon(spare)
                spare = self._spawn([])
            if STATUS_EOF in status:
                return
            word = GO
            if answered:
                if not clean:
                    # Too late to hold this job's answer back: the next job is refused instead, unread by any script.
                    self.channel.send({'type': 'retire'})
                    word = REFUSE
            elif STATUS_JOB in status or STATUS_NATIVE in status:
                if STATUS_DONE not in status and exit_status != 0:
                    kills = _oom_kills()
                    self.channel.send({'type': 'exception', 'args': {'exception': [_describe(exit_status, kills > self.oom_kills)]}})
                    self.oom_kills = kills
                    self._drain()
                if not clean:
                    self.channel.send({'type': 'retire'})
                self._complete()
                if STATUS_NATIVE in status:
                    return
            elif not clean:
                # Ended before it read a job (a job killed it while it waited): nothing was asked of it.
                self.channel.send({'type': 'retire'})
            # The spare reads the next job now; the one after it gets its process at once, while the next job is
            # read and run, so no job waits for a fork, only for the word that the container is clean.
            current = self._start_or_replace(spare, word)
            spare = self._spawn([current.status_read])

    def _complete(self):
        """`completed`, with the token the server expects and the one it is to expect next. A job may have left a
        line without its end on the protocol stream: the leading newline ends it, so this is a line of its own."""
        token, self.token = self.token, _new_token()
        # The tokens are hex: formatted rather than dumped, the line costs the parent no JSON encoder's objects.
        self.channel.send_bytes(COMPLETED_LINE % (token.encode('ascii'), self.token.encode('ascii')))

    def _start_or_replace(self, child, word):
        """Gives the spare its word; a spare a job killed may still look alive (it closes its descriptors before it
        becomes a zombie), and then the word cannot be written: a fresh spare takes its place."""
        try:
            _start(child, word)
            return child
        except OSError:
            _abandon(child)
            _kill(child.pid)
            _wait_for(child.pid)
            fresh = self._spawn([])
            _start(fresh, word)
            return fresh

    def _spawn(self, inherited):
        spare = Spare(inherited)
        pid = os.fork()
        if pid == 0:
            _child(self.channel, spare, self.preloaded)
        spare.pid = pid
        os.close(spare.go_read)
        os.close(spare.status_write)
        return spare

    def _drain(self):
        """A child that died without its outcome may have left a request whose reply is still on its way. A
        short-lived drainer reads up to a fence the server answers after it, so no later job reads that reply."""
        self.fences += 1
        fence = 'fence %d' % self.fences
        self.channel.send({'type': 'fence', 'id': self.fences})
        pid = os.fork()
        if pid == 0:
            try:
                while True:
                    line = self.channel.read_line()
                    if line is None or line.strip() == fence:
                        break
            finally:
                os._exit(0)
        _wait_for(pid)

    @staticmethod
    def _clean_processes(keep):
        """Kills every process but the spare, then wakes the spare; True when it is still alive. Only as the
        container's init (outside a container there is nothing to kill)."""
        alive = _kill_strays(keep) if os.getpid() == 1 else _spare_alive(keep)
        if alive:
            _wake(keep)  # after the strays are gone: none of them can stop it again
        return alive

    @staticmethod
    def _clean_files():
        """True when no file is left in the scratch folders and no IPC object. Only as the container's init: run
        by hand on a host, the loop must not empty the host's /tmp."""
        if os.getpid() != 1:
            return True
        clean = True
        for folder in SCRATCH_FOLDERS:
            clean = _empty(folder) and clean
        return _remove_ipc() and clean


def _start(child, word):
    """The word to a spare child: the container is clean and it may run its job, or it must refuse it."""
    os.write(child.go_write, word)
    os.close(child.go_write)


def _new_token():
    return binascii.hexlify(os.urandom(16)).decode('ascii')


def _await_outcome(child):
    """Reads the child's status until it says its job ended, or the child ends: (status, None) when it said so and
    may still be alive, (status, exit status) when it ended. Without pidfds (Python 2, an old kernel) it waits
    for the end."""
    try:
        pidfd = os.pidfd_open(child.pid)
    except (AttributeError, OSError):
        return b'', _wait_for(child.pid)
    status = b''
    poller = select.poll()
    poller.register(child.status_read, select.POLLIN)
    poller.register(pidfd, select.POLLIN)
    try:
        while True:
            for fd, _ in poller.poll():
                if fd == pidfd:
                    return status, _wait_for(child.pid)
                chunk = os.read(child.status_read, 64)
                if not chunk:
                    poller.unregister(child.status_read)  # every writer is gone; the pidfd says when the child is
                    continue
                status += chunk
                if STATUS_DONE in status or STATUS_EOF in status:
                    return status, None
    finally:
        os.close(pidfd)


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _only_these_left(child, spare):
    """True when the container holds only this process, the spare (alive) and the job's child: no thread or
    process of the job's is left to kill."""
    return os.getpid() != 1 or (_spare_alive(spare) and _task_count() == 3)


def _exiting(pid):
    """Waits (briefly) until the killed child is inside exit() or gone: from then on it completes no system call,
    so no file of its can appear after the scratch folders are emptied. False when it takes longer (a system call
    the kill cannot interrupt): the caller then waits for the child's end as for any other."""
    path = '/proc/%d/stat' % pid
    for attempt in range(EXIT_CHECKS):
        if attempt:
            # Not spinning: on a busy machine the child may be waiting for the very CPU this process would take.
            time.sleep(EXIT_CHECK_PAUSE_SECONDS)
        try:
            stat_line = _read_small(path)
        except (IOError, OSError):
            return False
        # After the command's closing parenthesis: state (field 3), ..., flags (field 9).
        fields = stat_line[stat_line.rindex(b')') + 2:].split(b' ', 7)
        if fields[0] in (b'Z', b'X') or int(fields[6]) & PF_EXITING:
            return True
    return False


def _read_all(fd):
    data = b''
    while True:
        chunk = os.read(fd, 64)
        if not chunk:
            break
        data += chunk
    os.close(fd)
    return data


def _abandon(spare):
    for fd in spare.parent_ends():
        try:
            os.close(fd)
        except OSError:
            pass


def _describe(exit_status, out_of_memory):
    if out_of_memory:
        return 'MemoryError: the script ran out of memory (the container\'s limit) and the kernel killed it'
    if os.WIFSIGNALED(exit_status):
        number = os.WTERMSIG(exit_status)
        return 'SystemExit: the script\'s process was killed by signal %d (%s)' % (number, _signal_name(number))
    code = os.WEXITSTATUS(exit_status) if os.WIFEXITED(exit_status) else -1
    if code == 70:
        return 'SystemExit: the script broke its connection to the server (it closed or replaced its descriptors)'
    return 'SystemExit: the script ended its process with exit code %d before it finished' % code


def _oom_kills():
    """How many processes the kernel has killed at the container's memory limit (cgroup v1 or v2), 0 if unknown."""
    for path, key in (('/sys/fs/cgroup/memory.events', 'oom_kill'), ('/sys/fs/cgroup/memory/memory.oom_control', 'oom_kill')):
        try:
            with io.open(path, 'r') as events:
                for line in events:
                    fields = line.split()
                    if len(fields) == 2 and fields[0] == key:
                        return int(fields[1])
        except (IOError, OSError, ValueError):
            continue
    return 0


def _signal_name(number):
    for name in dir(signal):
        if name.startswith('SIG') and not name.startswith('SIG_') and getattr(signal, name) == number:
            return name
    return 'signal %d' % number


def _wait_for(pid):
    while True:
        try:
            _, exit_status = os.waitpid(pid, 0)
            return exit_status
        except OSError as problem:
            if problem.errno == errno.EINTR:
                continue
            return 0


def _kill_strays(keep):
    """As the container's init, kill every process but the spare (a fork bomb, a double-forked daemon) and wait
    until they are gone; True when the spare is still alive. Processes are found in /proc, so a process that left
    its group or session is found too."""
    alive = _spare_alive(keep)
    if alive and _task_count() == 2:
        return True  # the usual case: this process and the spare, nothing to look for
    me = os.getpid()
    for _ in range(5000):
        others = [int(p) for p in os.listdir('/proc') if p.isdigit() and int(p) not in (me, keep)]
        for pid in others:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except OSError:
                break  # no children left
            if pid == 0:
                break
            if pid == keep:
                alive = False
        if not others:
            return alive
        time.sleep(0.0002)
    return alive


def _spare_alive(pid):
    """True when the spare has not ended (a stopped spare is alive: it is woken after the clean-up)."""
    try:
        ended, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED)
    except OSError:
        return False
    return ended == 0 or os.WIFSTOPPED(status)


def _wake(pid):
    """SIGCONT to the spare, always: a job may have stopped it, and its stop signal may still be pending (not yet
    reported); generating SIGCONT discards a pending stop, and does nothing to a spare that is simply asleep."""
    try:
        os.kill(pid, signal.SIGCONT)
    except OSError:
        pass


def _task_count():
    """Tasks in the container's pids cgroup (v1 or v2), or -1 when it cannot be read."""
    for path in ('/sys/fs/cgroup/pids/pids.current', '/sys/fs/cgroup/pids.current'):
        try:
            return int(_read_small(path))
        except (IOError, OSError, ValueError):
            continue
    return -1


def _read_small(path):
    """A small kernel file's bytes, without a file object: the parent reads a few of these after every job, and
    each object it allocates writes memory it shares with the spare, which the kernel then copies."""
    fd = os.open(path, os.O_RDONLY)
    try:
        data = b''
        while True:
            chunk = os.read(fd, 65536)
            if not chunk:
                return data
            data += chunk
    finally:
        os.close(fd)


def _empty(folder):
    """Removes everything inside folder (its owner may have made folders unwritable first); True when it is empty."""
    try:
        names = os.listdir(folder)
    except OSError:
        return True  # not there, or not ours to list: nothing a job could have left in it
    if not names:
        return True  # the usual case after a job: one look, nothing to do
    for name in names:
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
            if stat.S_ISDIR(info.st_mode):
                os.chmod(path, 0o700)
                _empty(path)
                os.rmdir(path)
            else:
                os.unlink(path)
        except OSError:
            pass
    try:
        return not os.listdir(folder)
    except OSError:
        return False


def _remove_ipc():
    """System V shared memory, queues and semaphores outlive their processes; a job's are removed after it."""
    clean = True
    for kind in ('shm', 'msg', 'sem'):
        try:
            table = _read_small('/proc/sysvipc/' + kind)
        except (IOError, OSError):
            continue
        rows = table.decode('ascii', 'replace').splitlines()[1:]
        if not rows:
            continue  # the usual case: only the header line
        libc = _libc()
        if libc is None:
            return True
        remove = {'shm': libc.shmctl, 'msg': libc.msgctl, 'sem': libc.semctl}[kind]
        for row in rows:
            fields = row.split()
            if len(fields) < 2:
                continue
            ipc_id = int(fields[1])
            result = remove(ipc_id, 0, 0) if kind == 'sem' else remove(ipc_id, 0, None)  # IPC_RMID
            clean = clean and result == 0
    return clean


def _harden_parent():
    """Signals a job sends to PID 1 do nothing, and no process can attach to or read the parent's memory.

    As a container's init the parent leaves these signals at their default action: the kernel then discards every
    one of them sent from inside the container, and a child inherits the default it needs without a call of its
    own (each call in a freshly forked child costs page copies). Run by hand, it ignores them instead."""
    disposition = signal.SIG_DFL if os.getpid() == 1 else signal.SIG_IGN
    for number in JOB_DEFAULT_SIGNALS + (signal.SIGINT,):
        try:
            signal.signal(number, disposition)
        except (OSError, RuntimeError, ValueError):
            pass
    try:
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)  # as Python's own start-up has it, for the job too
    except (OSError, RuntimeError, ValueError):
        pass
    _set_dumpable(0)


def _libc():
    """The C library through ctypes, loaded once (None where ctypes is missing)."""
    global _LIBC
    if _LIBC is False:
        try:
            import ctypes
            _LIBC = ctypes.CDLL(None, use_errno=True)
        except Exception:
            _LIBC = None
    return _LIBC


_LIBC = False


def _set_dumpable(value):
    libc = _libc()
    if libc is not None:
        libc.prctl(4, value, 0, 0, 0)  # PR_SET_DUMPABLE


def main():
    channel = Channel()
    _harden_parent()
    Parent(channel).serve()


if __name__ == '__main__':
    main()
