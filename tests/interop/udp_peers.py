# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile UDP peers against the real socklab-cli udp-server, loopback only: an empty datagram
sent the instant the server says it is listening (20 runs, every one counted), and one peer
spoofing 20,000 distinct senders from source ports and addresses across 127.0.0.0/8: every
datagram and sender counted exactly, memory bounded (RSS as a ratio, not an absolute)."""

import json
import signal
import socket
import time

from cliharness import Cli, check, check_memory, parse_args, passed, rss_bytes

ZERO_RUNS = 20
SENDERS = 20_000
ADDRESSES = 40              # 127.5.0.1 ... 127.5.0.40, many source ports each
IN_FLIGHT = 400             # datagrams sent but not yet printed: well inside the rcvbuf
RSS_RATIO = 1.5             # the server may grow by half while 18,000 more senders arrive
OPEN_SOCKETS = 500          # sender sockets kept open at once (under the default 1,024 fds)


def zero_length_right_after_listening(cli):
    for run in range(ZERO_RUNS):
        server = Cli(cli, "udp-server", "--port", "0", "--json", "--max-datagrams", "1")
        port = server.listening_port()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(b"", ("127.0.0.1", port))
        line = server.wait_for_line(lambda l: '"event":"received"' in l,
                                    f"the empty datagram of run {run + 1}", timeout=10)
        check(json.loads(line)["bytes"] == 0, f"run {run + 1}: {line}")
        server.expect_exit(0)
    passed(f"an empty datagram sent right after 'listening' counted in {ZERO_RUNS} of "
           f"{ZERO_RUNS} runs")


def received_count(server, seen):
    """Counts received lines past seen[0] (counting afresh each time would be quadratic)."""
    while seen[0] < len(server.lines):
        if '"event":"received"' in server.lines[seen[0]]:
            seen[1] += 1
        seen[0] += 1
    return seen[1]


def wait_received(server, seen, at_least, deadline):
    while received_count(server, seen) < at_least and time.monotonic() < deadline:
        if server._take(min(deadline, time.monotonic() + 0.5)) is None:
            break


def many_senders(cli):
    server = Cli(cli, "udp-server", "--port", "0", "--json")
    port = server.listening_port()
    seen = [0, 0]
    sockets = {}
    sent = 0
    baseline = 0
    deadline = time.monotonic() + 90
    # Each sender is a fresh socket on one of ADDRESSES loopback addresses with a port of the
    # kernel's choosing: a distinct (address, port) for every datagram.
    senders = set()
    while sent < SENDERS and time.monotonic() < deadline:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind((f"127.5.0.{sent % ADDRESSES + 1}", 0))
        senders.add(s.getsockname())
        s.sendto(b"%d" % sent, ("127.0.0.1", port))
        # Keep a window of sockets open so their ports cannot be reused by the next ones.
        sockets[sent] = s
        old = sockets.pop(sent - OPEN_SOCKETS, None)
        if old:
            old.close()
        sent += 1
        if sent % 500 == 0:
            wait_received(server, seen, sent - IN_FLIGHT, deadline)
        if sent == 2000:
            wait_received(server, seen, sent, deadline)
            baseline = rss_bytes(server.proc.pid)
    wait_received(server, seen, sent, time.monotonic() + 30)
    for s in sockets.values():
        s.close()
    final = rss_bytes(server.proc.pid)
    check(sent == SENDERS, f"only {sent} datagrams sent within the deadline")
    peers = set()
    count = 0
    for line in server.lines:
        if '"event":"received"' in line:
            peers.add(json.loads(line)["peer"])
            count += 1
    check(count == SENDERS, f"{count} datagrams counted, {SENDERS} sent")
    check(len(peers) == len(senders), f"{len(peers)} senders counted, {len(senders)} sent")
    check_memory(final < baseline * RSS_RATIO,
                 f"RSS grew from {baseline >> 20} to {final >> 20} MiB over {SENDERS} senders")
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    passed(f"{SENDERS} datagrams from {len(peers)} distinct senders counted exactly; RSS "
           f"{baseline >> 20} MiB after 2,000 senders, {final >> 20} MiB after {SENDERS}")


def main():
    args = parse_args()
    zero_length_right_after_listening(args.cli)
    many_senders(args.cli)


if __name__ == "__main__":
    main()
