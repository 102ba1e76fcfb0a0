# SPDX-License-Identifier: GPL-3.0-or-later
"""TCP delivery with hostile peers (issue 9): every byte logged as sent reached the kernel, a
peer's half-close (shutdown(SHUT_WR)) still gets everything queued for it, a peer that does not
read cannot grow our memory or keep us from stopping, and an upload is never cut silently."""

import json
import os
import re
import signal
import socket
import tempfile
import threading
import time

from cliharness import Cli, check, check_memory, parse_args, passed, rss_bytes, run_cli

RSS_RATIO_LIMIT = 4         # RSS after a non-reading echo client / RSS when idle
PUSH_CAP = 512 << 20        # what a non-reading client tries to push
PUSH_BOUND = 64 << 20       # with backpressure it cannot get anywhere near this far


def read_to_end(s, timeout=20):
    """Everything until EOF; returns (bytes, how it ended: 'fin', 'rst' or 'timeout')."""
    s.settimeout(timeout)
    chunks = []
    try:
        while True:
            chunk = s.recv(1 << 20)
            if not chunk:
                return b"".join(chunks), "fin"
            chunks.append(chunk)
    except ConnectionResetError:
        return b"".join(chunks), "rst"
    except socket.timeout:
        return b"".join(chunks), "timeout"


def sent_bytes(lines):
    """Bytes of the "sent" events, read without decoding multi-megabyte payloads."""
    return sum(int(re.search(r'"bytes":(\d+)', l).group(1))
               for l in lines if '"event":"sent"' in l)


def greeting_reaches_half_closing_clients(cli):
    server = Cli(cli, "tcp-server", "--port", "0", "--greeting", "Hello World!", "--json")
    port = server.listening_port()
    got = []
    for _ in range(20):
        with socket.create_connection(("127.0.0.1", port), timeout=20) as c:
            c.shutdown(socket.SHUT_WR)          # like `ncat host port </dev/null`
            got.append(read_to_end(c))
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    delivered = sum(data == b"Hello World!" and how == "fin" for data, how in got)
    check(delivered == 20, f"the greeting reached {delivered} of 20 half-closing clients")
    check(len(server.events("sent")) == 20, f"{len(server.events('sent'))} sent events")
    half = [e for e in server.events("info") if "half-closed" in e["message"]]
    check(server.events("error") == [], f"errors: {server.events('error')}")
    passed(f"tcp-server: the greeting reached 20 of 20 clients that half-closed at once "
           f"({len(half)} logged 'peer half-closed (FIN)' with bytes still to send)")


def echo_reaches_half_closing_client(cli):
    # Sent bytes are counted from --log-file, the exact record: stdout is fed from the bounded
    # ring, which on a loaded machine may drop multi-megabyte events before they are printed
    # (the CLI then warns of a gap on stderr).
    log_dir = tempfile.TemporaryDirectory()
    log_path = os.path.join(log_dir.name, "echo.jsonl")
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--json", "--log-file", log_path)
    port = server.listening_port()
    total = 0
    for size in (1, 1000, 65536, 1 << 20, 8 << 20):
        payload = os.urandom(size)
        with socket.create_connection(("127.0.0.1", port), timeout=20) as c:
            def send_then_finish():
                c.sendall(payload)
                c.shutdown(socket.SHUT_WR)
            sender = threading.Thread(target=send_then_finish)
            sender.start()
            echoed, how = read_to_end(c)
            sender.join(20)
        check(echoed == payload and how == "fin",
              f"echo of {size} bytes: got {len(echoed)} bytes, ended by {how}")
        total += size
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    with open(log_path, encoding="utf-8") as f:
        logged = sent_bytes(f)
    log_dir.cleanup()
    check(logged == total, f"server logged {logged} bytes sent, clients got {total}; stdout "
                           f"counted {sent_bytes(server.lines)}; stderr {server.stderr()!r}")
    passed("tcp-server --echo: 1 B, 1000 B, 64 KiB, 1 MiB and 8 MiB all echoed whole to clients "
           "that half-closed after sending; sent bytes == delivered bytes")


def non_reading_echo_client_is_bounded(cli):
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--json")
    port = server.listening_port()
    before = rss_bytes(server.proc.pid)
    c = socket.create_connection(("127.0.0.1", port), timeout=20)
    c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    c.settimeout(2)             # the server stopped reading: our sends block
    pushed = 0
    block = b"n" * (1 << 20)
    deadline = time.monotonic() + 60
    try:
        while pushed < PUSH_CAP and time.monotonic() < deadline:
            pushed += c.send(block)
    except socket.timeout:
        pass
    after = rss_bytes(server.proc.pid)
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    c.close()
    check(pushed < PUSH_BOUND, f"the server kept reading: {pushed >> 20} MiB pushed")
    check_memory(after < before * RSS_RATIO_LIMIT,
                 f"RSS grew from {before >> 20} to {after >> 20} MiB")
    check(any("echo paused reading" in e["message"] for e in server.events("info")),
          "no 'echo paused reading' line")
    check(any("were never sent" in e["message"] for e in server.events("error")),
          "the echo left unsent at exit is not reported")
    passed(f"tcp-server --echo with a client that never reads: it could push only "
           f"{pushed >> 20} MiB, RSS {before >> 20} -> {after >> 20} MiB "
           f"(x{after / before:.1f}); unsent bytes reported at exit")


def upload_to(cli, path, peer, *extra):
    """Runs tcp-client --file path against peer(listener, result) on a thread. --stats: no
    payload is printed, so printing cannot slow the client down and hide a cut."""
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        result = {}
        thread = threading.Thread(target=peer, args=(listener, result), daemon=True)
        thread.start()
        run = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                      str(listener.getsockname()[1]), "--file", path, "--json", "--stats",
                      *extra, timeout=60)
        thread.join(30)
    return run, result


def bytes_out(run):
    summary = [json.loads(l) for l in run.stdout.splitlines() if '"event":"summary"' in l]
    check(len(summary) == 1, f"no summary line: {run.stdout[-500:]!r}")
    return summary[0]["bytes_out"]


def slow_reader(listener, result):
    c, _ = listener.accept()
    slow_reader_on(c, result)


def reader_that_stops(listener, result):
    c, _ = listener.accept()
    c.settimeout(20)
    got = len(c.recv(65536))
    time.sleep(1.5)                         # longer than --timeout: no progress at all
    data, how = read_to_end(c)
    result.update(got=got + len(data), how=how)
    c.close()


def talker_then_slow_reader(listener, result):
    c, _ = listener.accept()
    c.sendall(b"0123456789")                # --read-bytes 10 is reached at once
    slow_reader_on(c, result)


def slow_reader_on(c, result):
    c.settimeout(20)
    got, how = 0, "timeout"
    try:
        while True:
            time.sleep(0.005)               # 64 KiB per 5 ms: 1.3 s, longer than --timeout
            chunk = c.recv(65536)
            if not chunk:
                how = "fin"
                break
            got += len(chunk)
    except ConnectionResetError:
        how = "rst"
    result.update(got=got, how=how)
    c.close()


def uploads_are_never_cut_silently(cli, tmp):
    size = 16 << 20
    path = os.path.join(tmp, "upload.bin")
    with open(path, "wb") as f:
        f.write(os.urandom(size))

    run, peer = upload_to(cli, path, slow_reader, "--timeout", "300")
    check(run.returncode == 0, f"slow reader: exit {run.returncode}, stderr {run.stderr!r}")
    check(peer == {"got": size, "how": "fin"}, f"slow reader got {peer}, expected all {size}")
    check(bytes_out(run) == size, f"summary says {bytes_out(run)} bytes out, not {size}")

    run, peer = upload_to(cli, path, talker_then_slow_reader, "--timeout", "300",
                          "--read-bytes", "10")
    check(run.returncode == 0, f"--read-bytes: exit {run.returncode}, stderr {run.stderr!r}")
    check(peer == {"got": size, "how": "fin"},
          f"--read-bytes reached mid-upload: the reader got {peer}, expected all {size}")

    run, peer = upload_to(cli, path, reader_that_stops, "--timeout", "300")
    check(run.returncode == 1, f"stalled reader: exit {run.returncode}, expected 1")
    check("were not sent" in run.stderr, f"stderr does not say what was not sent: "
                                         f"{run.stderr!r}")
    check(peer["how"] == "rst", f"a cut upload ended with {peer['how']}, not a reset")
    check(bytes_out(run) < size, f"summary claims {bytes_out(run)} bytes out of a cut upload")
    passed(f"tcp-client --file: 16 MiB delivered whole to a reader slower than --timeout, and "
           f"with --read-bytes reached mid-upload; a stalled reader gets RST and exit 1 "
           f"({run.stderr.strip()})")


def interrupted_upload_is_reported(cli, tmp):
    """SIGINT while a 16 MiB upload waits for a server that does not read: the unsent bytes
    are named and the stream ends with RST, not a FIN that looks complete. (The exit status
    of an interrupted client is CliCommand's business.)"""
    path = os.path.join(tmp, "interrupted.bin")
    with open(path, "wb") as f:
        f.write(b"i" * (16 << 20))
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        client = Cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                     str(listener.getsockname()[1]), "--file", path, "--stats",
                     "--timeout", "20000")
        c, _ = listener.accept()
        # Wait until the client's kernel queues are full: it is blocked on us.
        time.sleep(0.5)
        client.proc.send_signal(signal.SIGINT)
        client.wait()
        data, how = read_to_end(c)
        c.close()
    check("not sent" in client.stderr(), f"stderr does not name the unsent bytes: "
                                         f"{client.stderr()!r}")
    check(how == "rst" and len(data) < 16 << 20,
          f"the interrupted upload ended with {how} after {len(data)} bytes")
    passed(f"tcp-client --file interrupted mid-upload: {client.stderr().strip()!r}, RST")


def half_closing_server_gets_our_data(cli):
    delivered = 0
    for _ in range(10):
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen(1)
            result = {}

            def ncat_like():
                c, _ = listener.accept()
                c.shutdown(socket.SHUT_WR)   # `ncat -l` with stdin from /dev/null
                result["data"], result["how"] = read_to_end(c)
                c.close()

            thread = threading.Thread(target=ncat_like, daemon=True)
            thread.start()
            run = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                          str(listener.getsockname()[1]), "--send", "hello world\\n", "--json")
            thread.join(20)
        check(run.returncode == 0, f"exit {run.returncode}: {run.stderr!r}")
        delivered += result.get("data") == b"hello world\n"
    check(delivered == 10, f"delivered {delivered} of 10 times")
    passed("tcp-client --send to a server that half-closes at once: delivered 10 of 10")


def server_closing_at_once_is_one_outcome(cli):
    outcomes = set()
    for _ in range(10):
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen(1)

            def close_at_once():
                c, _ = listener.accept()
                c.close()

            thread = threading.Thread(target=close_at_once, daemon=True)
            thread.start()
            run = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                          str(listener.getsockname()[1]), "--send", "hello")
            thread.join(20)
        cause = re.sub(r"127\.0\.0\.1:\d+", "PEER", run.stderr.strip())
        outcomes.add((run.returncode, cause))
    check(len(outcomes) == 1, f"different outcomes: {outcomes}")
    code, cause = outcomes.pop()
    check(code == 1 and "closed the connection without reading what we sent" in cause,
          f"outcome {code} {cause!r}")
    passed(f"tcp-client --send to a server that accepts and closes: 10 of 10 exit 1 with "
           f"{cause!r}")


def max_connections_server_with_non_reader_exits(cli, tmp):
    """The tutorial's server with a 16 MiB greeting and a client that never reads: its close
    used to wait for the peer forever."""
    big = os.path.join(tmp, "greeting.bin")
    with open(big, "wb") as f:
        f.write(b"G" * (16 << 20))
    server = Cli(cli, "tcp-server", "--port", "0", "--file", big, "--close-after-greeting",
                 "--max-connections", "1", "--json")
    port = server.listening_port()
    c = socket.create_connection(("127.0.0.1", port), timeout=20)
    c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    server.expect_exit(0, timeout=30)
    c.close()
    check(any("aborted: the peer did not read" in e["message"]
              for e in server.events("closed")), f"closed: {server.events('closed')}")
    check(any("were never sent" in e["message"] for e in server.events("error")),
          "the unsent part of the greeting is not reported")
    check(sent_bytes(server.lines) < 16 << 20, "the whole greeting is logged as sent")
    check(any("setsockopt(SO_REUSEADDR, 1)" == e["message"] for e in server.events("info")),
          "Qt's SO_REUSEADDR is not narrated")
    passed("tcp-server --max-connections 1 --close-after-greeting with a client that never "
           "reads: aborted after the grace period, unsent bytes reported, exit 0")


def main():
    args = parse_args()
    greeting_reaches_half_closing_clients(args.cli)
    echo_reaches_half_closing_client(args.cli)
    non_reading_echo_client_is_bounded(args.cli)
    with tempfile.TemporaryDirectory() as tmp:
        uploads_are_never_cut_silently(args.cli, tmp)
        max_connections_server_with_non_reader_exits(args.cli, tmp)
        interrupted_upload_is_reported(args.cli, tmp)
    half_closing_server_gets_our_data(args.cli)
    server_closing_at_once_is_one_outcome(args.cli)


if __name__ == "__main__":
    main()
