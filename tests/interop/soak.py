# SPDX-License-Identifier: GPL-3.0-or-later
"""Soak, bounded in count and time, loopback only: thousands of TCP connects/disconnects and
a paced UDP flood against running socklab-cli servers. Afterwards both servers still work,
memory stayed within the log's cap, and SockLab's counts match the senders' exactly (UDP:
what the kernel dropped, per /proc/net/snmp RcvbufErrors, is accounted for)."""

import json
import os
import signal
import socket
import time

from cliharness import Cli, check, check_memory, parse_args, passed, rss_bytes

TCP_CONNECTIONS = 3000
UDP_DATAGRAMS = 200_000
PHASE_SECONDS = 30          # each phase stops early at this deadline, counts stay exact
IN_FLIGHT = 2000            # datagrams sent but not yet printed: well inside a 4 MiB rcvbuf
LOG_PAYLOAD_CAP = 256 << 20  # TrafficLog's default payload cap
RSS_SLACK = 256 << 20       # Qt and the event cap's bookkeeping
SANITIZER_SLACK = 768 << 20  # ASan's shadow memory and 256 MiB quarantine of freed blocks


def udp_rcvbuf_errors():
    with open("/proc/net/snmp") as f:
        rows = [line.split() for line in f if line.startswith("Udp:")]
    return int(rows[1][rows[0].index("RcvbufErrors")])


class EventCounts:
    """Counts a server's events as its lines arrive (counting afresh each time would make
    the pacing quadratic)."""

    def __init__(self, server):
        self.server = server
        self.counts = {}
        self.seen = 0

    def __call__(self, kind):
        lines = self.server.lines
        while self.seen < len(lines):
            kind_seen = json.loads(lines[self.seen])["event"]
            self.counts[kind_seen] = self.counts.get(kind_seen, 0) + 1
            self.seen += 1
        return self.counts.get(kind, 0)


def drain(server, until, deadline):
    """Reads the server's output until until() holds or the deadline passes."""
    while not until() and time.monotonic() < deadline:
        if server._take(min(deadline, time.monotonic() + 0.5)) is None:
            break


def tcp_churn(server, port):
    count_events = EventCounts(server)
    deadline = time.monotonic() + PHASE_SECONDS
    made = sent = 0
    while made < TCP_CONNECTIONS and time.monotonic() < deadline:
        with socket.create_connection(("127.0.0.1", port), timeout=20) as c:
            payload = b"%d\n" % made
            c.sendall(payload)
            sent += len(payload)
            if made % 100 == 0:     # now and then, prove the echo works mid-churn
                got = b""
                while len(got) < len(payload):
                    got += c.recv(100)
                check(got == payload, f"echo {got!r} != {payload!r}")
        made += 1
    drain(server, lambda: count_events("closed") >= made, time.monotonic() + 60)
    events = [json.loads(line) for line in server.lines]
    accepted = [e for e in events if e["event"] == "accepted"]
    closed = [e for e in events if e["event"] == "closed"]
    received = sum(e["bytes"] for e in events if e["event"] == "received")
    check(len(accepted) == made, f"{len(accepted)} accepted events for {made} connections")
    check(len(closed) == made, f"{len(closed)} closed events for {made} connections")
    # Connection ids, not peers: a client that closes without reading its echo is answered
    # with RST when the echo still reaches it after its FIN, and leaves no TIME_WAIT, so the
    # kernel may give its port to a later client.
    ids = {e["connection"] for e in accepted}
    check(len(ids) == made, f"{made} connections but {len(ids)} distinct connection ids")
    check(received == sent, f"server counted {received} bytes, clients sent {sent}")
    check(not [e for e in events if e["event"] == "error"], "errors during the churn")
    return made, sent


def udp_flood(server, port):
    count_events = EventCounts(server)
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    drops_before = udp_rcvbuf_errors()
    deadline = time.monotonic() + PHASE_SECONDS
    sent = 0
    while sent < UDP_DATAGRAMS and time.monotonic() < deadline:
        # Pace by what SockLab has printed, so a slow machine never floods the kernel queue.
        drain(server, lambda: sent - count_events("received") < IN_FLIGHT, deadline)
        burst = min(500, UDP_DATAGRAMS - sent)
        for i in range(burst):
            sender.sendto(b"%08d" % (sent + i) + b"." * 56, ("127.0.0.1", port))
        sent += burst
    sender.close()
    drain(server, lambda: count_events("received") >= sent, time.monotonic() + 30)
    drops = udp_rcvbuf_errors() - drops_before
    numbers = []
    for line in server.lines:
        if '"event":"received"' in line:
            e = json.loads(line)
            check(e["bytes"] == 64, f"a datagram of {e['bytes']} bytes")
            numbers.append(int(bytes.fromhex(e["payload_hex"])[:8]))
    check(len(numbers) == len(set(numbers)), "a datagram was counted twice")
    check(len(numbers) <= sent, f"{len(numbers)} received but only {sent} sent")
    # RcvbufErrors is machine-wide: other processes' drops can only add to it.
    check(len(numbers) + drops >= sent,
          f"{sent - len(numbers)} datagrams missing, the kernel dropped only {drops}")
    return sent, len(numbers), drops


def still_works(tcp, tcp_port, udp, udp_port):
    with socket.create_connection(("127.0.0.1", tcp_port), timeout=20) as c:
        c.sendall(b"after the soak")
        check(c.recv(100) == b"after the soak", "TCP server stopped echoing after the soak")
    count_events = EventCounts(udp)
    before = count_events("received")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"99999999" + b"!" * 56, ("127.0.0.1", udp_port))
    drain(udp, lambda: count_events("received") > before, time.monotonic() + 20)
    check(count_events("received") == before + 1, "UDP server deaf after the soak")


NON_READER_PUSH_CAP = 512 << 20     # what the non-reading echo client tries to push
NON_READER_RSS_RATIO = 4            # RSS with the non-reader blocked / RSS before it came
HALF_CLOSING_CLIENTS = 500


def non_reading_echo_client(server, port):
    """A client that sends and never reads: the echo server stops reading it (its memory stays
    bounded); once it reads, every byte the server counted as sent arrives."""
    before = rss_bytes(server.proc.pid)
    # From 127.0.0.2: no churn client can have had the same address and port.
    c = socket.create_connection(("127.0.0.1", port), timeout=20,
                                 source_address=("127.0.0.2", 0))
    c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    me = "127.0.0.2:%d" % c.getsockname()[1]
    c.settimeout(2)             # the server stopped reading: our sends block
    pushed = 0
    block = b"r" * (1 << 20)
    deadline = time.monotonic() + PHASE_SECONDS
    try:
        while pushed < NON_READER_PUSH_CAP and time.monotonic() < deadline:
            pushed += c.send(block)
    except socket.timeout:
        pass
    blocked = rss_bytes(server.proc.pid)
    check(blocked < before * NON_READER_RSS_RATIO,
          f"non-reading echo client: RSS {before >> 20} -> {blocked >> 20} MiB after "
          f"{pushed >> 20} MiB pushed")
    c.settimeout(20)
    c.shutdown(socket.SHUT_WR)
    echoed = 0
    while True:
        chunk = c.recv(1 << 20)
        if not chunk:
            break
        echoed += len(chunk)
    c.close()
    check(echoed == pushed, f"non-reading echo client: pushed {pushed}, echoed {echoed}")
    mine = lambda kind: [e for e in map(json.loads, (l for l in server.lines
                                                      if f'"event":"{kind}"' in l))
                         if e["peer"] == me]
    server.wait_for_line(lambda l: '"event":"closed"' in l and f'"peer":"{me}"' in l,
                         "the non-reading client's closed event")
    sent = sum(e["bytes"] for e in mine("sent"))
    check(sent == echoed, f"server counted {sent} bytes sent, the client got {echoed}")
    return pushed, before, blocked


def half_closing_greeting_clients(cli):
    """Clients that shut down their sending side at once still get the whole greeting, and
    the server's sent count is exactly what arrived."""
    server = Cli(cli, "tcp-server", "--port", "0", "--greeting", "Hello World!", "--json")
    port = server.listening_port()
    delivered = made = 0
    deadline = time.monotonic() + PHASE_SECONDS
    while made < HALF_CLOSING_CLIENTS and time.monotonic() < deadline:
        with socket.create_connection(("127.0.0.1", port), timeout=20) as c:
            c.shutdown(socket.SHUT_WR)
            got = b""
            while True:
                chunk = c.recv(100)
                if not chunk:
                    break
                got += chunk
        delivered += got == b"Hello World!"
        made += 1
    count_events = EventCounts(server)
    drain(server, lambda: count_events("closed") >= made, time.monotonic() + 30)
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    check(delivered == made, f"the greeting reached {delivered} of {made} half-closing clients")
    sent = sum(e["bytes"] for e in server.events("sent"))
    check(sent == 12 * delivered, f"server counted {sent} bytes sent, clients got "
                                  f"{12 * delivered}")
    check(server.events("error") == [], f"errors: {server.events('error')[:3]}")
    return made


LOG_FLOOD_BYTES = 96 << 20   # pushed into `tcp-server --log-file`: ~4.5x that on disk
# Peak RSS over the bytes flooded: bounded, it is the ring (16 MiB), the file's queue (32 MiB)
# and Qt, about half of 96 MiB; the unbounded writer held the flood several times over (~9x).
LOG_FLOOD_RSS_RATIO = 0.8


def log_file_flood(cli):
    """A TCP flood into `tcp-server --log-file`: the log file's queue is bounded (the server
    reads more slowly instead), the file holds every byte in order, and the server exits
    promptly. Stdout is discarded by a thread: its lines carry the payloads too."""
    import hashlib
    import subprocess
    import tempfile
    import threading
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "flood.jsonl")
        proc = subprocess.Popen([cli, "tcp-server", "--port", "0", "--json", "--log-file", path],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            port = None
            for line in proc.stdout:
                if b'"event":"listening"' in line:
                    port = int(json.loads(line)["local"].rsplit(":", 1)[1])
                    break
            check(port is not None, "tcp-server --log-file never listened")
            threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
            peak = [0]
            done = threading.Event()

            def sample():
                while not done.is_set():
                    peak[0] = max(peak[0], rss_bytes(proc.pid))
                    done.wait(0.02)
            threading.Thread(target=sample, daemon=True).start()
            block = bytes(range(256)) * 256
            digest = hashlib.sha256()
            sent = 0
            baseline = 0
            with socket.create_connection(("127.0.0.1", port), timeout=60) as c:
                while sent < LOG_FLOOD_BYTES:
                    c.sendall(block)
                    digest.update(block)
                    sent += len(block)
                    if sent == 4 << 20:
                        baseline = rss_bytes(proc.pid)
            # The server has read everything once the closed event is in the file.
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                peak[0] = max(peak[0], rss_bytes(proc.pid))
                with open(path, "rb") as f:
                    f.seek(max(0, os.path.getsize(path) - 4096))
                    if b'"event":"closed"' in f.read():
                        break
                time.sleep(0.1)
            stopped = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(60)
            exit_seconds = time.monotonic() - stopped
            done.set()
            check(code == 0, f"tcp-server --log-file exited {code}: {proc.stderr.read()!r}")
            written = hashlib.sha256()
            logged = 0
            with open(path, "rb") as f:
                for line in f:
                    event = json.loads(line)
                    if event["event"] == "received":
                        check(not event["truncated"], "a payload was cut in the log file")
                        chunk = bytes.fromhex(event["payload_hex"])
                        check(len(chunk) == event["bytes"], "payload_hex disagrees with bytes")
                        written.update(chunk)
                        logged += len(chunk)
            check(logged == sent, f"the log file holds {logged} of {sent} bytes")
            check(written.digest() == digest.digest(), "the log file's bytes differ from the "
                                                       "stream's")
            check_memory(peak[0] < sent * LOG_FLOOD_RSS_RATIO,
                         f"RSS peaked at {peak[0] >> 20} MiB for a flood of {sent >> 20} MiB "
                         f"({baseline >> 20} MiB after the first 4 MiB)")
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(5)
    return sent, peak[0], baseline, exit_seconds


def main():
    args = parse_args()
    tcp = Cli(args.cli, "tcp-server", "--port", "0", "--echo", "--json")
    tcp_port = tcp.listening_port()
    udp = Cli(args.cli, "udp-server", "--port", "0", "--json")
    udp_port = udp.listening_port()
    start = time.monotonic()

    connections, tcp_bytes = tcp_churn(tcp, tcp_port)
    tcp_seconds = time.monotonic() - start
    datagrams, received, drops = udp_flood(udp, udp_port)
    udp_seconds = time.monotonic() - start - tcp_seconds
    still_works(tcp, tcp_port, udp, udp_port)
    pushed, rss_idle, rss_blocked = non_reading_echo_client(tcp, tcp_port)
    half_closers = half_closing_greeting_clients(args.cli)

    limit = LOG_PAYLOAD_CAP + RSS_SLACK
    if os.environ.get("SOCKLAB_SANITIZED") == "1":
        limit += SANITIZER_SLACK
    rss = {}
    for name, server in (("tcp-server", tcp), ("udp-server", udp)):
        rss[name] = rss_bytes(server.proc.pid)
        check(rss[name] < limit, f"{name} RSS {rss[name] >> 20} MiB exceeds {limit >> 20} MiB")
        server.proc.send_signal(signal.SIGTERM)
        server.expect_exit(0)
        check(server.stderr() == "", f"{name} stderr: {server.stderr()!r}")
    flood, peak, baseline, exit_seconds = log_file_flood(args.cli)
    passed(f"soak: --log-file flood of {flood >> 20} MiB, every byte in the file; RSS peak "
           f"{peak >> 20} MiB ({baseline >> 20} MiB after 4 MiB); exit in {exit_seconds:.1f} s")
    passed(f"soak: {connections} TCP connects/disconnects ({tcp_bytes} bytes, exact) in "
           f"{tcp_seconds:.1f} s; {datagrams} UDP datagrams in {udp_seconds:.1f} s, "
           f"{received} counted once each, {drops} kernel drops machine-wide; both servers "
           f"still serve; RSS {rss['tcp-server'] >> 20} and {rss['udp-server'] >> 20} MiB "
           f"(limit {limit >> 20} MiB); a non-reading echo client pushed {pushed >> 20} MiB "
           f"with RSS {rss_idle >> 20} -> {rss_blocked >> 20} MiB and got every byte back; "
           f"{half_closers} half-closing clients all got the greeting")


if __name__ == "__main__":
    main()
