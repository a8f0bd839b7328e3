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
A `native` job ends the loop after it. Environment variables, working directory, sys.path and the script's
globals are rolled back after every job, and processes a script left behind are killed.
Python 3; still loadable by python 2.7.
"""
from __future__ import print_function

import io
import json
import os
import signal
import sys
import time
import traceback

# Private references: a script may monkeypatch json or os, the loop must keep speaking the protocol.
_dumps = json.dumps
_loads = json.loads
_write = os.write
_getpid = os.getpid
_LOOP_PID = os.getpid()
_builtin_print = print

ENTRY_TYPES = {
    'note': 1, 'downloadAgent': 2, 'file': 3, 'error': 4, 'pinned': 5,
    'userManagement': 6, 'image': 7, 'playgroundError': 8,
}
ERROR_MARKER = '$$##'


class Channel(object):
    """The protocol streams. They are private descriptors: fd 1 is pointed at stderr and fd 0 at /dev/null, so
    neither a script's own writes nor a child process it starts can corrupt or steal protocol lines."""

    def __init__(self):
        self._out = os.dup(1)
        self._in = io.open(os.dup(0), 'rb')
        os.dup2(2, 1)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)

    def send(self, message):
        data = (_dumps(message) + '\n').encode('utf-8')
        while data:
            written = _write(self._out, data)
            data = data[written:]

    def read_line(self):
        """One line without its end, or None at end of input."""
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

    # --- the job ---
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

    def context(self):
        return self.callingContext.get('context') or {}

    def get(self, obj, field, defaultParam=None):
        """Dotted-path lookup, as XSOAR's demisto.get."""
        current = obj
        for part in field.split('.'):
            if isinstance(current, dict) and part in current:
                current = current[part]
            else:
                return defaultParam
        return current

    # --- messages that do not wait ---
    def log(self, msg):
        self._channel.send({'type': 'entryLog', 'args': {'message': _text(msg)}})

    def results(self, results):
        converted = self.convert(results)
        entries = converted if isinstance(converted, list) else [converted]
        self._channel.send({'type': 'result', 'results': entries})

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
        return self.request({'type': 'executeCommand', 'command': command, 'args': args or {}})

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


def _script_globals(demisto):
    """Fresh globals per job: the demisto object and the few CommonServerPython helpers scripts rely on."""

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

    return {
        '__name__': '__main__',
        '__builtins__': __builtins__,
        'demisto': demisto,
        'print': log_print,
        'return_error': return_error,
        'return_results': return_results,
        'entryTypes': dict(ENTRY_TYPES),
    }


def _raw_environ():
    """The environment as the interpreter holds it (bytes in python 3), cheap to copy and compare."""
    data = getattr(os.environ, '_data', None)
    if data is None:
        data = getattr(os.environ, 'data', None)  # python 2
    return dict(data) if data is not None else dict(os.environ)


class Snapshot(object):
    """What a job may change and the next job must not see. The environment is compared with the one the loop
    started with and restored only when a script changed it: rebuilding it every job would cost more than a
    trivial script."""

    def __init__(self, environ):
        self.environ = environ
        self.cwd = os.getcwd()
        self.path = list(sys.path)
        self.streams = (sys.stdin, sys.stdout, sys.stderr)

    def restore(self):
        raw, decoded = self.environ
        if _raw_environ() != raw:
            os.environ.clear()
            os.environ.update(decoded)
        if os.getcwd() != self.cwd:
            try:
                os.chdir(self.cwd)
            except OSError:
                pass
        sys.path[:] = self.path
        sys.stdin, sys.stdout, sys.stderr = self.streams


class CodeCache(object):
    """Compiled scripts by source: the same script sent again is not compiled again (code objects are immutable;
    every job still gets fresh globals)."""

    def __init__(self, size):
        self._size = size
        self._codes = {}

    def compile(self, source):
        code = self._codes.get(source)
        if code is None:
            code = compile(source, '<script>', 'exec')
            if len(self._codes) >= self._size:
                self._codes.clear()
            self._codes[source] = code
        return code


def _kill_strays():
    """As the container's init, kill every process a script left behind (a fork bomb included) and wait until
    they are gone. Only as PID 1: outside a container kill(-1) would reach the user's own processes.
    Everything in the container descends from the loop, so once no child is left, nothing is."""
    if _getpid() != 1:
        return
    for _ in range(5000):
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass  # nothing left to signal
        if not _reap():
            return
        time.sleep(0.001)


def _reap():
    """Reaps exited children; False once the loop has no children at all."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except OSError:
            return False
        if pid == 0:
            return True


def _traceback_lines():
    kind, value, tb = sys.exc_info()
    # Skip the loop's own frame: the person reading wants the script's lines.
    if tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    lines = []
    for chunk in traceback.format_exception(kind, value, tb):
        lines.extend(chunk.rstrip('\n').split('\n'))
    return lines


def run_job(channel, job, environ, codes):
    snapshot = Snapshot(environ)
    try:
        code = codes.compile(job.get('script') or '')
        demisto = Demisto(channel, job)
        exec(code, _script_globals(demisto))
    except SystemExit:
        pass  # return_error and sys.exit end the script, not the loop
    except BaseException:
        if _getpid() != _LOOP_PID:
            os._exit(1)  # a forked child: only the loop process speaks the protocol
        channel.send({'type': 'exception', 'args': {'exception': _traceback_lines()}})
    finally:
        if _getpid() != _LOOP_PID:
            os._exit(0)
        snapshot.restore()
        _kill_strays()
    channel.send({'type': 'completed'})


def main():
    channel = Channel()
    environ = (_raw_environ(), dict(os.environ))
    codes = CodeCache(64)
    while True:
        line = channel.read_line()
        if line is None:
            return
        if line.strip() == '':
            continue
        if line.strip() == 'ping':
            channel.send({'type': 'pong'})
            continue
        try:
            job = _loads(line)
            if not isinstance(job, dict):
                raise ValueError('a job must be a JSON object')
        except ValueError as problem:
            channel.send({'type': 'exception', 'args': {'exception': ['the job line is not valid JSON: %s' % problem]}})
            channel.send({'type': 'completed'})
            continue
        run_job(channel, job, environ, codes)
        if job.get('native'):
            return


if __name__ == '__main__':
    main()
