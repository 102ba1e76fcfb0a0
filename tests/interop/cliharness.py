# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared plumbing for the interop tests: run socklab-cli as a subprocess with timeouts,
read its JSON event lines, and fail with one clear message. Loopback (127.0.0.1) only."""

import argparse
import atexit
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time

TIMEOUT = 20.0          # seconds for any single wait: a socket call, a process, a line
_running = []           # processes to kill if the test dies half-way


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True, help="path to the socklab-cli binary")
    return parser.parse_args()


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


@atexit.register
def _kill_leftovers():
    for proc in _running:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


class Cli:
    """One running socklab-cli; stdout lines are collected by a thread so that every read can
    have a timeout."""

    def __init__(self, cli, *args, preexec_fn=None):
        self.args = [cli, *args]
        self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     preexec_fn=preexec_fn)
        _running.append(self.proc)
        self.lines = []
        self._queue = queue.Queue()
        self._stderr = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, self._queue),
                         daemon=True).start()
        self._stderr_thread = threading.Thread(target=self._pump_err, daemon=True)
        self._stderr_thread.start()

    @staticmethod
    def _pump(stream, sink):
        for raw in stream:
            sink.put(raw.decode("utf-8", errors="strict").rstrip("\n"))
        sink.put(None)

    def _pump_err(self):
        for raw in self.proc.stderr:
            self._stderr.append(raw.decode("utf-8", errors="replace"))

    def _take(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        try:
            line = self._queue.get(timeout=remaining)
        except queue.Empty:
            return False
        if line is None:
            self._queue.put(None)   # keep signalling the end to later readers
            return None
        self.lines.append(line)
        return line

    def wait_for_line(self, predicate, what, timeout=TIMEOUT):
        """Returns the first line (old or new) for which predicate(line) is true."""
        for line in self.lines:
            if predicate(line):
                return line
        deadline = time.monotonic() + timeout
        while True:
            line = self._take(deadline)
            if line is False:
                self.kill()
                fail(f"no {what} from {' '.join(self.args)} within {timeout}s; "
                     f"stdout so far: {self.lines!r}; stderr: {self.stderr()!r}")
            if line is None:
                fail(f"{' '.join(self.args)} ended (exit {self.proc.wait()}) before {what}; "
                     f"stdout: {self.lines!r}; stderr: {self.stderr()!r}")
            if predicate(line):
                return line

    def listening_port(self):
        """Port of the JSON "listening" event (the CLI must run with --json)."""
        line = self.wait_for_line(lambda l: '"event":"listening"' in l, "listening event")
        local = json.loads(line)["local"]
        check(local.startswith("127.0.0.1:"), f"listening on {local}, not 127.0.0.1")
        return int(local.rsplit(":", 1)[1])

    def wait(self, timeout=TIMEOUT):
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            fail(f"{' '.join(self.args)} did not exit within {timeout}s; "
                 f"stdout: {self.lines!r}; stderr: {self.stderr()!r}")
        # Collect the rest of stdout and stderr (the pump threads end at EOF).
        deadline = time.monotonic() + TIMEOUT
        while self._take(deadline) not in (None, False):
            pass
        self._stderr_thread.join(TIMEOUT)
        return code

    def expect_exit(self, expected, timeout=TIMEOUT):
        code = self.wait(timeout)
        check(code == expected, f"{' '.join(self.args)} exited {code}, expected {expected}; "
                                f"stderr: {self.stderr()!r}; stdout: {self.lines!r}")

    def stderr(self):
        return "".join(self._stderr)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)

    def events(self, kind=None):
        """Every stdout line parsed as JSON, optionally only one event kind."""
        objects = []
        for line in self.lines:
            try:
                objects.append(json.loads(line))
            except json.JSONDecodeError:
                fail(f"stdout line is not JSON: {line!r}")
        return [o for o in objects if kind is None or o["event"] == kind]


def run_cli(cli, *args, timeout=TIMEOUT):
    """Runs socklab-cli to the end; returns CompletedProcess with text stdout/stderr."""
    try:
        return subprocess.run([cli, *args], stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail(f"{cli} {' '.join(args)} did not exit within {timeout}s")


def json_lines(text):
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as error:
        fail(f"stdout is not JSON lines ({error}): {text!r}")


def require_tool(name):
    path = shutil.which(name)
    if path is None:
        print(f"{name} is not installed: install it (Debian package '{name}') to run this "
              f"interop test", file=sys.stderr)
    return path


def free_port(kind=socket.SOCK_STREAM):
    """A port that was free a moment ago on 127.0.0.1 (for peers that cannot report theirs)."""
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening_ports(udp=False):
    """Listening TCP (or bound UDP) sockets according to ss, as (address, port) pairs."""
    command = ["ss", "-Huln" if udp else "-Htln"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    check(result.returncode == 0, f"{' '.join(command)} failed: {result.stderr}")
    pairs = set()
    for line in result.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 4:
            address, _, port = fields[3].rpartition(":")
            pairs.add((address, int(port)))
    return pairs


def wait_until_listening(port, udp=False, what="peer"):
    deadline = time.monotonic() + TIMEOUT
    while ("127.0.0.1", port) not in listening_ports(udp):
        if time.monotonic() > deadline:
            fail(f"{what} never started listening on 127.0.0.1:{port}")
        time.sleep(0.05)


def rss_bytes(pid):
    """Resident memory of a process, for bounds stated as ratios."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def check_memory(condition, message):
    """A bound on resident memory. Asserted in normal builds; in sanitized ones (make test-asan)
    only reported, since ASan's shadow memory and its 256 MiB quarantine of freed blocks say
    more about ASan than about SockLab there. The behavioural bounds (what a peer could push,
    what was refused) are asserted in both."""
    if os.environ.get("SOCKLAB_SANITIZED") == "1":
        if not condition:
            print(f"NOTE (sanitized build, not asserted): {message}", flush=True)
        return
    check(condition, message)


def tls_leak_checks_off_when_sanitized():
    """Under make test-asan, the socklab-cli runs of the TLS interop tests keep AddressSanitizer
    and UBSan but not LeakSanitizer: OpenSSL frees a thread's random generators from a pthread
    key destructor, and at a CLI's exit LeakSanitizer sometimes still sees them (about one run
    in five, after Engine's OPENSSL_thread_stop(); with slow unwinding, which would name them,
    never). The TLS code's own leaks stay checked in-process by tst_tls, which runs with leak
    detection on."""
    if os.environ.get("SOCKLAB_SANITIZED") == "1":
        os.environ["ASAN_OPTIONS"] = os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0"


def passed(name):
    print(f"PASS: {name}", flush=True)
