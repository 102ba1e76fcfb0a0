# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli as a well-behaved Unix process against hostile inputs and outputs: /dev/zero and
FIFOs as --file or --log-file are capped or refused (never endless, never blocking), Ctrl+C
works while blocked in read or write, a closed or full stdout does not stop a server or its
--log-file, --file and --log-file naming one file are refused, clients stopped by SIGINT exit
130, `connections` never prints a process name raw, --bind ::ffff:127.0.0.1 tells the truth,
and a peer trickling one-byte segments costs a row's bytes, not a read block per row. Loopback only; every wait is bounded."""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

from cliharness import (TIMEOUT, Cli, _running, check, check_memory, fail, free_port,
                        parse_args, passed, run_cli)

UDP_IPV4_MAX = 65507
UDP_IPV6_MAX = 65527
TCP_MAX = 256 << 20


def one_line(stderr, what):
    lines = stderr.splitlines()
    check(len(lines) == 1 and lines[0].startswith("socklab-cli: "),
          f"{what}: expected one stderr sentence, got {stderr!r}")
    return lines[0]


def run_with_rusage(args, timeout=TIMEOUT):
    """Runs to the end; returns (exit status, stderr, peak RSS in bytes). Kills on timeout."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                fail(f"{' '.join(args)} did not end within {timeout}s (an endless input?)")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return proc.returncode, err.read().decode("utf-8", "replace"), usage.ru_maxrss * 1024


def dev_zero(cli):
    # The baseline: the same command with a one-byte payload.
    _, _, baseline = run_with_rusage([cli, "udp-client", "--host", "127.0.0.1", "--port", "9",
                                      "--send", "x"])
    code, err, peak = run_with_rusage([cli, "udp-client", "--host", "127.0.0.1", "--port", "9",
                                       "--file", "/dev/zero"])
    check(code == 2, f"udp-client --file /dev/zero exited {code}: {err!r}")
    check(str(UDP_IPV4_MAX) in one_line(err, "/dev/zero over UDP"), f"limit not named: {err!r}")
    check_memory(peak < 2 * baseline, f"udp-client --file /dev/zero peaked at {peak >> 20} MiB, "
                                      f"{peak / baseline:.1f} times a one-byte send")
    # TCP streams --file as the peer reads (issue 10): /dev/zero is cut at the device cap
    # mid-stream, so the run is a failed upload (exit 1), not an input refused up front.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def drain():
            connection, _ = listener.accept()
            with connection:
                while connection.recv(1 << 20):
                    pass
        threading.Thread(target=drain, daemon=True).start()
        code, err, peak = run_with_rusage([cli, "tcp-client", "--host", "127.0.0.1", "--port",
                                           str(listener.getsockname()[1]), "--stats",
                                           "--file", "/dev/zero"], timeout=60)
    check(code == 1, f"tcp-client --file /dev/zero exited {code}: {err!r}")
    check(str(TCP_MAX) in one_line(err, "/dev/zero over TCP"), f"limit not named: {err!r}")
    check_memory(peak < baseline + 2 * TCP_MAX,
                 f"tcp-client --file /dev/zero peaked at {peak >> 20} MiB, "
                 f"{(peak - baseline) / TCP_MAX:.1f} times the cap")
    passed(f"--file /dev/zero: refused at the cap (UDP {UDP_IPV4_MAX} B, exit 2), streamed and "
           f"cut at {TCP_MAX} B over TCP (exit 1), memory bounded")


def udp_file_limits(cli):
    with tempfile.TemporaryDirectory() as tmp, \
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        receiver.settimeout(TIMEOUT)
        port = str(receiver.getsockname()[1])
        largest = os.path.join(tmp, "largest.bin")
        too_large = os.path.join(tmp, "too-large.bin")
        with open(largest, "wb") as f:
            f.write(b"a" * UDP_IPV4_MAX)
        with open(too_large, "wb") as f:
            f.write(b"b" * (UDP_IPV4_MAX + 1))
        result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", port,
                         "--file", too_large)
        check(result.returncode == 2, f"{UDP_IPV4_MAX + 1} B file: exit {result.returncode}")
        line = one_line(result.stderr, "oversized datagram file")
        check(str(UDP_IPV4_MAX) in line and "IPv4" in line, f"limit not named: {line!r}")
        result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", port,
                         "--file", largest)
        check(result.returncode == 0, f"{UDP_IPV4_MAX} B file: {result.stderr!r}")
        check(len(receiver.recv(1 << 17)) == UDP_IPV4_MAX, "the largest datagram was cut")
    passed(f"UDP --file over IPv4: {UDP_IPV4_MAX} bytes sent whole, one more refused before "
           f"reading")


def fifos(cli):
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "fifo")
        os.mkfifo(fifo)
        # No process ever opens the other end.
        result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", "9",
                         "--file", fifo, timeout=10)
        check(result.returncode == 2, f"--file FIFO: exit {result.returncode}")
        check("FIFO" in one_line(result.stderr, "--file FIFO"), f"{result.stderr!r}")
        result = run_cli(cli, "udp-server", "--port", "0", "--log-file", fifo, timeout=10)
        check(result.returncode == 2, f"--log-file FIFO: exit {result.returncode}")
        check("FIFO" in one_line(result.stderr, "--log-file FIFO"), f"{result.stderr!r}")

        # A FIFO with a reader is a fine log file, and one with a writer a fine --file.
        lines = []

        def read_fifo():
            with open(fifo, "rb") as f:
                lines.extend(f.read().splitlines())
        reader = threading.Thread(target=read_fifo, daemon=True)
        reader.start()
        deadline = time.monotonic() + TIMEOUT
        while True:     # the reader's open() returns once our writer opens: wait for it
            try:
                holder = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                check(time.monotonic() < deadline, "the FIFO reader never opened")
                time.sleep(0.01)
        result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", "9", "--send",
                         "hi", "--log-file", fifo)
        os.close(holder)
        reader.join(TIMEOUT)
        check(result.returncode == 0, f"--log-file FIFO with a reader: {result.stderr!r}")
        check(any(b'"event":"sent"' in line for line in lines),
              f"the FIFO's reader got no sent event: {lines!r}")
    passed("FIFOs: refused at once with one sentence when nobody is at the other end, used "
           "when somebody is")


def interrupt_blocked_read(cli):
    """SIGINT while the CLI is blocked reading a FIFO whose writer never writes."""
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "fifo")
        os.mkfifo(fifo)
        writer = os.open(fifo, os.O_RDWR)   # a writer that holds the FIFO and never writes
        try:
            for count in (1, 2):
                client = Cli(cli, "udp-client", "--host", "127.0.0.1", "--port", "9",
                             "--file", fifo)
                wait_for_read_block(client.proc.pid)
                for _ in range(count):
                    client.proc.send_signal(signal.SIGINT)
                client.expect_exit(130)
                check("stopped at once" in client.stderr(), f"{client.stderr()!r}")
        finally:
            os.close(writer)
    passed("Ctrl+C while blocked reading a FIFO: one SIGINT (after a second) or two end it "
           "with 130")


def wait_for_read_block(pid):
    """Waits until the process sleeps in the kernel (blocked in read), bounded."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/wchan") as f:
                wchan = f.read()
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return
        if state == "S" and "pipe" in wchan:
            return
        time.sleep(0.02)


def interrupt_blocked_write(cli):
    """SIGINT while the CLI is blocked writing to a stdout pipe nobody reads."""
    proc = subprocess.Popen([cli, "udp-server", "--port", "0", "--json"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    _running.append(proc)
    port = None
    deadline = time.monotonic() + TIMEOUT
    while port is None and time.monotonic() < deadline:
        event = json.loads(proc.stdout.readline())
        if event["event"] == "listening":
            port = int(event["local"].rsplit(":", 1)[1])
    check(port is not None, "udp-server never listened")
    # ~3 KB of JSON per datagram: 1,000 of them fill a 64 KiB pipe many times over.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _ in range(1000):
            s.sendto(b"z" * 1000, ("127.0.0.1", port))
    wait_for_write_block(proc.pid)
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        fail("udp-server blocked writing stdout ignored SIGINT")
    check(code in (0, 130), f"udp-server blocked on stdout exited {code}")
    passed(f"Ctrl+C while blocked writing a full stdout pipe ends the server (exit {code})")


def wait_for_write_block(pid):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/wchan") as f:
                if "pipe_write" in f.read():
                    return
        except OSError:
            return
        time.sleep(0.02)
    print("note: /proc/PID/wchan never showed pipe_write; signalling anyway")


def closed_stdout(cli):
    """udp-server --json --log-file L | head -1, then more datagrams."""
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "log.jsonl")
        proc = subprocess.Popen([cli, "udp-server", "--port", "0", "--json", "--log-file", log],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        _running.append(proc)
        port = None
        while port is None:
            line = proc.stdout.readline()
            check(line, "udp-server ended before listening")
            event = json.loads(line)
            if event["event"] == "listening":
                port = int(event["local"].rsplit(":", 1)[1])
        proc.stdout.close()     # what head -1 does once it has its line
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for i in range(5):
                s.sendto(b"d%d" % i, ("127.0.0.1", port))
        received = wait_for_log(log, 5, proc)
        check(proc.poll() is None, f"udp-server died (exit {proc.poll()}) on a closed stdout")
        proc.send_signal(signal.SIGINT)
        code = proc.wait(TIMEOUT)
        err = proc.stderr.read().decode()
        check(code == 1, f"closed stdout: exit {code}, expected 1; stderr {err!r}")
        check("standard output" in one_line(err, "closed stdout"), f"{err!r}")
        check(received == 5, f"the log file holds {received} of 5 datagrams")
    passed("closed stdout: the server keeps receiving and logging (5 of 5), says so once, "
           "exits 1")


def full_stdout(cli):
    if not os.path.exists("/dev/full"):
        print("SKIP: /dev/full: not on this machine")
        return
    with tempfile.TemporaryDirectory() as tmp, open("/dev/full", "wb") as full:
        log = os.path.join(tmp, "log.jsonl")
        port = free_port(socket.SOCK_DGRAM)
        proc = subprocess.Popen([cli, "udp-server", "--port", str(port), "--max-datagrams", "3",
                                 "--log-file", log], stdin=subprocess.DEVNULL, stdout=full,
                                stderr=subprocess.PIPE)
        _running.append(proc)
        deadline = time.monotonic() + TIMEOUT
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            # Sent until the server has logged three (it may not be bound yet at first).
            while proc.poll() is None and time.monotonic() < deadline:
                s.sendto(b"f", ("127.0.0.1", port))
                time.sleep(0.05)
        code = proc.wait(TIMEOUT)
        err = proc.stderr.read().decode()
        check(code == 1, f"stdout on /dev/full: exit {code}, expected 1; stderr {err!r}")
        check("standard output" in one_line(err, "/dev/full"), f"{err!r}")
        check(count_received(log) == 3, f"the log holds {count_received(log)} of 3 datagrams")
    passed("stdout on /dev/full: --max-datagrams still ends the server, the log has all 3, "
           "exit 1")


def count_received(log):
    try:
        with open(log) as f:
            return sum('"event":"received"' in line for line in f)
    except OSError:
        return 0


def wait_for_log(log, count, proc):
    deadline = time.monotonic() + TIMEOUT
    while count_received(log) < count and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    return count_received(log)


def same_file(cli):
    with tempfile.TemporaryDirectory() as tmp, \
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        receiver.settimeout(0.5)
        data = os.path.join(tmp, "data.bin")
        with open(data, "wb") as f:
            f.write(b"precious")
        symlink = os.path.join(tmp, "symlink")
        os.symlink(data, symlink)
        hardlink = os.path.join(tmp, "hardlink")
        os.link(data, hardlink)
        for name, log in (("same path", data), ("symlink", symlink), ("hard link", hardlink),
                          ("other spelling", os.path.join(tmp, ".", "data.bin"))):
            result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port",
                             str(receiver.getsockname()[1]), "--file", data, "--log-file", log)
            check(result.returncode == 2, f"{name}: exit {result.returncode}")
            check("same file" in one_line(result.stderr, name), f"{name}: {result.stderr!r}")
            with open(data, "rb") as f:
                check(f.read() == b"precious", f"{name}: the file to send was overwritten")
        try:
            stray = receiver.recv(100)
            fail(f"a datagram was sent anyway: {stray!r}")
        except socket.timeout:
            pass
    passed("--file F --log-file F (same path, symlink, hard link): refused, F intact, exit 2")


ESC_PEER = r'''
import ctypes, socket, sys
ctypes.CDLL(None).prctl(15, ctypes.c_char_p(b"\x1b[31mev\x07\xff"), 0, 0, 0)
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1)
print(s.getsockname()[1], flush=True)
sys.stdin.read()
'''


def escaped_process_names(cli):
    peer = subprocess.Popen([sys.executable, "-c", ESC_PEER], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    _running.append(peer)
    try:
        port = peer.stdout.readline().decode().strip()
        check(port.isdigit(), "the peer did not report its port")
        human = subprocess.run([cli, "connections", "--tcp", "--listening"],
                               capture_output=True, timeout=TIMEOUT)
        check(human.returncode == 0, f"connections: {human.stderr!r}")
        rows = [l for l in human.stdout.split(b"\n") if f"127.0.0.1:{port} ".encode() in l]
        check(len(rows) == 1, f"the peer's socket is not listed once: {human.stdout!r}")
        row = rows[0]
        check(not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in row.decode("utf-8")),
              f"control characters reach the terminal: {row!r}")
        check(b"\x1b" not in human.stdout and b"\x07" not in human.stdout,
              f"ESC/BEL printed raw: {row!r}")
        check(f"{peer.pid}/\\x1b[31mev\\x07".encode() in row, f"name not escaped: {row!r}")
        js = subprocess.run([cli, "connections", "--tcp", "--listening", "--json"],
                            capture_output=True, timeout=TIMEOUT)
        objects = [json.loads(l) for l in js.stdout.splitlines()]
        mine = [o for o in objects if o["local"] == f"127.0.0.1:{port}"]
        check(len(mine) == 1 and mine[0]["process"].startswith("\x1b[31mev\x07"),
              f"JSON does not carry the real name: {mine}")
        check(b"\x1b" not in js.stdout, "JSON printed ESC raw")
    finally:
        peer.stdin.close()
        peer.wait(TIMEOUT)
    passed("connections: a process named ESC[31m... is shown escaped (\\x1b), JSON keeps it "
           "JSON-escaped")


def empty_file_path(cli):
    for command in ("udp-client", "tcp-client"):
        result = run_cli(cli, command, "--host", "127.0.0.1", "--port", "9", "--file", "")
        check(result.returncode == 2, f"{command} --file '': exit {result.returncode}")
        check("--file" in one_line(result.stderr, f"{command} --file ''"), result.stderr)
    passed("--file '': one sentence (no Qt warning before it), exit 2")


def mapped_bind(cli):
    server = Cli(cli, "tcp-server", "--bind", "::ffff:127.0.0.1", "--port", "0", "--echo",
                 "--json")
    port = server.listening_port()     # checks that it listens on 127.0.0.1
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as s:
        s.sendall(b"mapped")
        check(s.recv(16) == b"mapped", "no echo through the mapped bind")
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    note = one_line(server.stderr(), "--bind ::ffff:127.0.0.1")
    check("127.0.0.1" in note and "IPv4" in note, f"note: {note!r}")
    passed("--bind ::ffff:127.0.0.1 binds 127.0.0.1 and says so in one line")


def interrupted_clients(cli):
    # During an upload: a peer that accepts and never reads.
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        path = os.path.join(tmp, "upload.bin")
        with open(path, "wb") as f:
            f.truncate(32 << 20)
        client = Cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                     str(listener.getsockname()[1]), "--file", path, "--timeout", "60000",
                     "--json")
        connection, _ = listener.accept()
        client.wait_for_line(lambda l: '"event":"connected"' in l, "connected event")
        client.proc.send_signal(signal.SIGINT)
        client.expect_exit(130)
        connection.close()
    # During connect: a full accept queue drops the SYN, so connect() hangs.
    with socket.socket() as full:
        full.bind(("127.0.0.1", 0))
        full.listen(0)
        fillers = [socket.create_connection(full.getsockname())]
        blocked = socket.socket()
        blocked.setblocking(False)
        blocked.connect_ex(full.getsockname())
        client = Cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                     str(full.getsockname()[1]), "--timeout", "60000", "--json")
        client.wait_for_line(lambda l: "connect(" in l, "connect() narration")
        client.proc.send_signal(signal.SIGINT)
        client.expect_exit(130)
        for s in fillers + [blocked]:
            s.close()
    passed("SIGINT during an upload or a connect: the client exits 130")


def trickle_rows(cli, segments):
    """A peer sending `segments` one-byte segments (Nagle off, a pause every ten, so most
    arrive as reads of their own) into `tcp-server --stats`. Returns (rows logged, peak RSS
    in bytes)."""
    port = free_port()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen([cli, "tcp-server", "--port", str(port), "--max-connections",
                                 "1", "--stats"], stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + TIMEOUT
            while True:
                try:
                    peer = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
                    break
                except OSError:
                    check(time.monotonic() < deadline, "tcp-server did not listen")
                    time.sleep(0.05)
            with peer:
                peer.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for i in range(segments):
                    peer.send(b"x")
                    if i % 10 == 9:
                        time.sleep(0.0002)
            deadline = time.monotonic() + TIMEOUT
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                check(time.monotonic() < deadline, "tcp-server did not end after the close")
                time.sleep(0.02)
        finally:
            if proc.poll() is None and proc.returncode is None:
                proc.kill()
        check(os.waitstatus_to_exitcode(status) == 0, "tcp-server failed after a trickle")
        out.seek(0)
        stats = out.read().decode()
    rows = int(stats.split("received ", 1)[1].split(" ", 1)[0])
    return rows, usage.ru_maxrss * 1024


def trickle_memory(cli):
    # Each row held the block Qt read it into, not its byte: 64 KiB allocated and about
    # 1.5 KiB resident per one-byte row (62.9 MB for 30,000 segments, 15 MB for 2,000).
    few_rows, few_peak = trickle_rows(cli, 500)
    many_rows, many_peak = trickle_rows(cli, 20000)
    check(many_rows - few_rows > 1000, f"the trickle made only {many_rows} rows")
    per_row = (many_peak - few_peak) / (many_rows - few_rows)
    print(f"trickle: {few_rows} rows {few_peak >> 10} KiB, {many_rows} rows "
          f"{many_peak >> 10} KiB: {per_row:.0f} bytes per one-byte row", flush=True)
    check_memory(per_row < 600, f"a one-byte row costs {per_row:.0f} bytes of resident memory")


def main():
    args = parse_args()
    cli = args.cli
    empty_file_path(cli)
    udp_file_limits(cli)
    same_file(cli)
    fifos(cli)
    dev_zero(cli)
    interrupt_blocked_read(cli)
    closed_stdout(cli)
    full_stdout(cli)
    interrupt_blocked_write(cli)
    interrupted_clients(cli)
    mapped_bind(cli)
    escaped_process_names(cli)
    trickle_memory(cli)
    passed("a peer trickling one-byte segments: each row holds its byte, not a read block")


if __name__ == "__main__":
    main()
