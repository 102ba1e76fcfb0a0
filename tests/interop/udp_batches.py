# SPDX-License-Identifier: GPL-3.0-or-later
"""Batched UDP reads and sends (issue 15, items 3 and 4) against python3 peers, loopback only.
The server is stopped (SIGSTOP) while the peers send, so that everything waits in the kernel
and arrives at once: the reads then take many datagrams per system call. Every datagram must
still be one `received` event with its own sender and bytes (0, 1, 1472 and 65507 bytes, from
many source ports, IPv4 and IPv4-mapped), --max-datagrams must stop at exactly N inside a
batch, and `udp-client --count N --rate 0` must log exactly N `sent` events for the N datagrams
a python3 receiver gets."""

import collections
import json
import os
import signal
import socket
import sys
import time

from cliharness import Cli, check, parse_args, passed

SENDERS = 40        # distinct source ports, interleaved round by round
ROUNDS = 20
SIZES = [0, 1, 9, 100, 1472]   # cycled through; a few senders also send 65507 bytes
BIG = 65507
BIG_SENDERS = 4
MAX_DATAGRAMS = 100
CLIENT_COUNT = 4000
# What a queued datagram costs its receive buffer on loopback (the kernel's truesize, measured:
# 832 bytes up to ~500 bytes of payload, 2,304 for 1,472, 67,650 for 65,507), with a margin.
# Everything sent while the server is stopped must fit, or the kernel drops some: on a host
# whose net.core.rmem_max is small the bursts shrink to fit rather than fail.

def queued_cost(size):
    return 1.25 * (832 if size <= 500 else 2304 if size <= 1472 else 67650)


def drain(receiver, limit):
    """The datagrams waiting on receiver, up to limit, until none has come for 2 s."""
    receiver.settimeout(2)
    got = []
    try:
        while len(got) < limit:
            got.append(receiver.recv(65536))
    except socket.timeout:
        pass
    return got


def payload(sender, round_, size):
    """Bytes that say who sent them and when, cut or padded to size (0 and 1 byte say only
    their size; their sender port still tells them apart)."""
    tag = f"{sender:03d}{round_:03d}".encode()
    return (tag + b"x" * size)[:size]


def first_bytes(event, n=16):
    return bytes.fromhex(event["payload_hex"])[:n]


def wait_received(server, expected, what):
    deadline = time.monotonic() + 30
    while len(server.events("received")) < expected:
        if server._take(deadline) in (None, False):
            break
    got = len(server.events("received"))
    check(got == expected, f"{what}: {got} received events, expected {expected}; "
                           f"stderr: {server.stderr()!r}")


def stopped(server):
    """While the server is stopped, what is sent waits in its socket's receive queue."""
    class Paused:
        def __enter__(self):
            os.kill(server.proc.pid, signal.SIGSTOP)

        def __exit__(self, *exc):
            os.kill(server.proc.pid, signal.SIGCONT)
    return Paused()


def receive_buffer(server):
    """SO_RCVBUF as the server's log reports it after bind()."""
    line = server.wait_for_line(lambda l: "the kernel reports" in l, "the SO_RCVBUF report")
    return int(json.loads(line)["message"].split("reports ")[1].split()[0])


def burst_from_many_ports(cli):
    server = Cli(cli, "udp-server", "--port", "0", "--json")
    port = server.listening_port()
    budget = receive_buffer(server)
    big_senders = BIG_SENDERS if budget >= 2 * 1024 * 1024 else 0
    per_round = sum(queued_cost(SIZES[i % len(SIZES)]) for i in range(SENDERS))
    rounds = max(2, min(ROUNDS, int((budget - big_senders * queued_cost(BIG)) // per_round)))
    expected = collections.Counter()
    sockets = []
    try:
        with stopped(server):
            sockets = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(SENDERS)]
            for s in sockets:
                s.bind(("127.0.0.1", 0))
            for r in range(rounds):
                for i, s in enumerate(sockets):
                    size = SIZES[(i + r) % len(SIZES)]
                    if r == rounds - 1 and i < big_senders:
                        size = BIG
                    data = payload(i, r, size)
                    check(s.sendto(data, ("127.0.0.1", port)) == size, "sendto() was short")
                    expected[(s.getsockname()[1], size, data[:16])] += 1
        total = sum(expected.values())
        wait_received(server, total, "a burst from many source ports")
    finally:
        for s in sockets:
            s.close()
    received = server.events("received")
    seen = collections.Counter()
    calls = collections.Counter()
    for event in received:
        peer = event["peer"]
        check(peer.startswith("127.0.0.1:"), f"peer {peer!r} is not 127.0.0.1")
        seen[(int(peer.rsplit(":", 1)[1]), event["bytes"], first_bytes(event))] += 1
        calls[event["message"]] += 1
    missing = expected - seen
    extra = seen - expected
    check(not missing and not extra,
          f"the log differs from what was sent: missing {dict(list(missing.items())[:5])}, "
          f"extra {dict(list(extra.items())[:5])}")
    check(all(e["bytes"] == len(bytes.fromhex(e["payload_hex"])) or e["truncated"]
              for e in received), "a payload does not match its byte count")
    check(set(calls) <= {"recvmmsg()", "recvfrom()"}, f"unexpected calls: {dict(calls)}")
    # The read that finds the queue empty is expected, not an error to report.
    check(not server.events("error"), f"error events: {server.events('error')[:3]}")
    if sys.platform.startswith("linux"):
        # What waited in the queue was taken many per system call, and the log says so.
        check(calls["recvmmsg()"] >= total // 2,
              f"only {calls['recvmmsg()']} of {total} datagrams were read by recvmmsg(): "
              f"{dict(calls)}")
    server.proc.send_signal(signal.SIGINT)
    server.expect_exit(0)
    sizes = SIZES + ([BIG] if big_senders else [])
    passed(f"{total} datagrams ({', '.join(map(str, sizes))} bytes) queued at once "
           f"from {SENDERS} source ports: each logged once with its sender and bytes "
           f"({dict(calls)})")


def ipv4_mapped_on_a_dual_stack_socket(cli):
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        print("SKIP: no IPv6 on loopback; the dual-stack case is not run", flush=True)
        return
    server = Cli(cli, "udp-server", "--bind", "::", "--port", "0", "--json")
    line = server.wait_for_line(lambda l: '"event":"listening"' in l, "listening event")
    port = int(json.loads(line)["local"].rsplit(":", 1)[1])
    with stopped(server):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as v4, \
                socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as v6:
            v4.bind(("127.0.0.1", 0))
            v6.bind(("::1", 0))
            for k in range(50):
                v4.sendto(b"four%d" % k, ("127.0.0.1", port))
                v6.sendto(b"six%d" % k, ("::1", port))
            v4_port, v6_port = v4.getsockname()[1], v6.getsockname()[1]
    wait_received(server, 100, "IPv4 and IPv6 senders on one dual-stack socket")
    for event in server.events("received"):
        text = bytes.fromhex(event["payload_hex"])
        want = f"127.0.0.1:{v4_port}" if text.startswith(b"four") else f"[::1]:{v6_port}"
        check(event["peer"] == want, f"{text!r} came from {event['peer']}, expected {want}")
    server.proc.send_signal(signal.SIGINT)
    server.expect_exit(0)
    passed("a batch mixing IPv4 (shown as plain IPv4, not ::ffff:) and IPv6 senders: "
           "every peer right")


def max_datagrams_inside_a_batch(cli):
    server = Cli(cli, "udp-server", "--port", "0", "--json",
                 "--max-datagrams", str(MAX_DATAGRAMS))
    port = server.listening_port()
    check(receive_buffer(server) >= 3 * MAX_DATAGRAMS * queued_cost(4),
          "the receive buffer cannot hold the burst")
    with stopped(server):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for k in range(3 * MAX_DATAGRAMS):
                s.sendto(b"%d" % k, ("127.0.0.1", port))
    server.expect_exit(0)
    texts = [bytes.fromhex(e["payload_hex"]) for e in server.events("received")]
    check(texts == [b"%d" % k for k in range(MAX_DATAGRAMS)],
          f"--max-datagrams {MAX_DATAGRAMS} with {3 * MAX_DATAGRAMS} queued logged "
          f"{len(texts)}: {texts[:3]}...{texts[-3:]}")
    passed(f"--max-datagrams {MAX_DATAGRAMS} with {3 * MAX_DATAGRAMS} waiting: exactly the "
           f"first {MAX_DATAGRAMS}, in order")


def client_rate_zero_sends_exactly_n(cli):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        receiver.bind(("127.0.0.1", 0))
        port = receiver.getsockname()[1]
        # Nothing is read until the client is done: every datagram must fit the buffer.
        count = min(CLIENT_COUNT,
                    int(receiver.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
                        // queued_cost(16)))
        client = Cli(cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                     "--send", "ping {{counter}}", "--macros", "--count", str(count),
                     "--rate", "0", "--json")
        client.expect_exit(0, timeout=60)
        got = drain(receiver, count + 1)
    sent = client.events("sent")
    check(len(sent) == count, f"--count {count} --rate 0 logged {len(sent)} sent events")
    sent_texts = [bytes.fromhex(e["payload_hex"]) for e in sent]
    check(len(got) == count, f"the python3 receiver got {len(got)} datagrams of {count}")
    check(sent_texts == got, "the sent events differ from what arrived, or their order does")
    check(len(set(got)) == count, "a datagram was sent twice")
    passed(f"--count {count} --rate 0: {count} sent events, {count} datagrams received, "
           f"same bytes in the same order")


def client_equal_datagrams_leave_segmented(cli):
    """A repeat of one 1,472-byte message: runs of equal datagrams leave in one sendmsg() with
    UDP_SEGMENT on Linux; each datagram is still one sent event and arrives whole, alone."""
    size = 1472
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        receiver.bind(("127.0.0.1", 0))
        port = receiver.getsockname()[1]
        count = min(1000, int(receiver.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
                              // queued_cost(size)))
        client = Cli(cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                     "--send", "y" * size, "--count", str(count), "--rate", "0", "--json")
        client.expect_exit(0, timeout=60)
        got = drain(receiver, count + 1)
    sent = client.events("sent")
    check(len(sent) == count, f"--count {count}: {len(sent)} sent events")
    check(all(e["bytes"] == size for e in sent), "a sent event has the wrong size")
    check(len(got) == count and all(d == b"y" * size for d in got),
          f"the python3 receiver got {len(got)} datagrams of {count}, or one not whole")
    calls = collections.Counter(e["message"] for e in sent)
    if sys.platform.startswith("linux"):
        check(calls["sendmsg(UDP_SEGMENT)"] >= count // 2,
              f"equal datagrams did not leave segmented: {dict(calls)}")
    passed(f"--count {count} --rate 0 of one {size}-byte message: {count} sent events, "
           f"{count} whole datagrams received ({dict(calls)})")


def main():
    cli = parse_args().cli
    burst_from_many_ports(cli)
    ipv4_mapped_on_a_dual_stack_socket(cli)
    max_datagrams_inside_a_batch(cli)
    client_rate_zero_sends_exactly_n(cli)
    client_equal_datagrams_leave_segmented(cli)


if __name__ == "__main__":
    main()
