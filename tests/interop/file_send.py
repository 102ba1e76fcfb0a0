# SPDX-License-Identifier: GPL-3.0-or-later
"""tcp-client --file streams from disk (issue 10): a 300 MiB file reaches a python3 reader and
socat byte-exact while socklab-cli's resident memory stays a small fraction of the file; a
FIFO is streamed until its writer closes; an unreadable path, a directory and a FIFO nobody
writes to are one sentence each. Loopback only; every wait is bounded."""

import hashlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

from cliharness import (TIMEOUT, Cli, check, check_memory, fail, free_port, parse_args, passed,
                        require_tool, rss_bytes, run_cli, wait_until_listening)

SIZE = 300 << 20


def write_patterned(path, size):
    """A file whose every MiB differs (so a misplaced chunk shows); returns its sha256."""
    digest = hashlib.sha256()
    block = os.urandom(1 << 20)
    with open(path, "wb") as f:
        for i in range(size >> 20):
            chunk = i.to_bytes(8, "big") + block[8:]
            f.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def run_sampling_rss(args, timeout=120):
    """Runs socklab-cli to the end, sampling its RSS; returns (exit code, stderr, peak RSS)."""
    cli = Cli(*args)
    peak = 0
    deadline = time.monotonic() + timeout
    while cli.proc.poll() is None:
        if time.monotonic() > deadline:
            cli.kill()
            fail(f"{' '.join(args)} did not end within {timeout}s")
        try:
            peak = max(peak, rss_bytes(cli.proc.pid))
        except OSError:
            break
        time.sleep(0.02)
    code = cli.wait()
    return code, cli.stderr(), peak, cli.lines


def python_reader(listener, result):
    connection, _ = listener.accept()
    digest = hashlib.sha256()
    total = 0
    with connection:
        connection.settimeout(TIMEOUT)
        while True:
            chunk = connection.recv(1 << 20)
            if not chunk:
                break
            digest.update(chunk)
            total += len(chunk)
    result["bytes"] = total
    result["sha256"] = digest.hexdigest()


def baseline_rss(cli):
    """RSS of the same command sending one byte: what the process costs without a file."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        result = {}
        threading.Thread(target=python_reader, args=(listener, result), daemon=True).start()
        _, _, peak, _ = run_sampling_rss([cli, "tcp-client", "--host", "127.0.0.1", "--port",
                                          str(listener.getsockname()[1]), "--send", "x",
                                          "--timeout", "300", "--stats"])
    return peak


def large_file_to_python(cli, path, expected, baseline):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        result = {}
        reader = threading.Thread(target=python_reader, args=(listener, result), daemon=True)
        reader.start()
        code, err, peak, lines = run_sampling_rss(
            [cli, "tcp-client", "--host", "127.0.0.1", "--port", str(listener.getsockname()[1]),
             "--file", path, "--timeout", "1000", "--stats"])
        reader.join(TIMEOUT)
    check(code == 0, f"300 MiB to python3: exit {code}, stderr {err!r}")
    check(result.get("bytes") == SIZE, f"python3 got {result.get('bytes')} bytes, not {SIZE}")
    check(result.get("sha256") == expected, "python3 got different bytes than the file holds")
    check(any(f"({SIZE} bytes)" in l for l in lines), f"summary does not count {SIZE}: {lines}")
    # Reading the file whole would cost at least its size; streaming costs the write queue
    # (4 MiB), a chunk and the log's payload budget (16 MiB) over the one-byte baseline.
    check_memory(peak - baseline < SIZE // 8,
                 f"tcp-client --file peaked at {peak >> 20} MiB for a {SIZE >> 20} MiB file "
                 f"(baseline {baseline >> 20} MiB): {(peak - baseline) / SIZE:.2f} of the file")
    passed(f"300 MiB --file to python3: byte-exact, peak RSS {peak >> 20} MiB "
           f"(baseline {baseline >> 20} MiB, {(peak - baseline) / SIZE:.3f} of the file)")


def large_file_to_socat(cli, path, expected, tmp):
    socat = require_tool("socat")
    if socat is None:
        fail("socat is required (it is in the project's dependencies)")
    out = os.path.join(tmp, "socat.out")
    port = free_port()
    peer = subprocess.Popen([socat, "-u", f"TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr",
                             f"OPEN:{out},creat,trunc"], stdin=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        wait_until_listening(port, what="socat")
        result = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port),
                         "--file", path, "--timeout", "1000", "--stats", timeout=120)
        peer.wait(TIMEOUT)
    finally:
        if peer.poll() is None:
            peer.kill()
            peer.wait(5)
    check(result.returncode == 0, f"300 MiB to socat: exit {result.returncode} {result.stderr!r}")
    digest = hashlib.sha256()
    with open(out, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    check(os.path.getsize(out) == SIZE, f"socat wrote {os.path.getsize(out)} bytes, not {SIZE}")
    check(digest.hexdigest() == expected, "socat got different bytes than the file holds")
    os.remove(out)
    passed("300 MiB --file to socat: byte-exact")


def fifo_streams_until_writer_closes(cli, tmp):
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    data = bytes(range(256)) * (6 << 12)  # 6 MiB: more than the write queue bound
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        result = {}
        reader = threading.Thread(target=python_reader, args=(listener, result), daemon=True)
        reader.start()

        def writer():
            with open(fifo, "wb") as f:  # blocks until socklab-cli opens it
                for i in range(0, len(data), 1 << 16):
                    f.write(data[i:i + (1 << 16)])
        feeding = threading.Thread(target=writer, daemon=True)
        feeding.start()
        result_cli = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                             str(listener.getsockname()[1]), "--file", fifo, "--timeout",
                             "1000", "--stats", timeout=60)
        feeding.join(TIMEOUT)
        reader.join(TIMEOUT)
    check(result_cli.returncode == 0,
          f"FIFO: exit {result_cli.returncode}, stderr {result_cli.stderr!r}")
    check(result.get("sha256") == hashlib.sha256(data).hexdigest(),
          f"FIFO: the peer got {result.get('bytes')} bytes, not the {len(data)} written")
    passed(f"--file FIFO: {len(data)} bytes streamed until the writer closed, byte-exact")


def one_sentence(cli, path, expected_code, what, needle):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        threading.Thread(target=lambda: listener.accept(), daemon=True).start()
        result = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                         str(listener.getsockname()[1]), "--file", path, "--timeout", "500")
    lines = result.stderr.splitlines()
    check(result.returncode == expected_code,
          f"{what}: exit {result.returncode}, expected {expected_code}; {result.stderr!r}")
    check(len(lines) == 1 and lines[0].startswith("socklab-cli: ") and needle in lines[0],
          f"{what}: expected one sentence naming {needle!r}, got {result.stderr!r}")
    return lines[0]


def errors(cli, tmp):
    one_sentence(cli, os.path.join(tmp, "missing.bin"), 2, "missing file", "Cannot read")
    one_sentence(cli, tmp, 2, "directory", "directory")
    fifo = os.path.join(tmp, "lonely-fifo")
    os.mkfifo(fifo)
    one_sentence(cli, fifo, 1, "FIFO without a writer", "no process has it open for writing")
    if os.geteuid() != 0:  # root reads a mode-000 file anyway
        locked = os.path.join(tmp, "locked.bin")
        with open(locked, "wb") as f:
            f.write(b"secret")
        os.chmod(locked, 0)
        one_sentence(cli, locked, 2, "unreadable file", "Cannot read")
    passed("--file errors: a missing path, a directory (exit 2) and a FIFO nobody writes to "
           "(exit 1) are one sentence each")


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.bin")
        expected = write_patterned(path, SIZE)
        baseline = baseline_rss(args.cli)
        large_file_to_python(args.cli, path, expected, baseline)
        large_file_to_socat(args.cli, path, expected, tmp)
        os.remove(path)
        fifo_streams_until_writer_closes(args.cli, tmp)
        errors(args.cli, tmp)


if __name__ == "__main__":
    main()
