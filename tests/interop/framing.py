# SPDX-License-Identifier: GPL-3.0-or-later
"""Framing (issue 11): socklab-cli tcp-server / tcp-client --frame against python3 peers that
send frames split at every byte boundary and several per send(), for every mode. The JSON rows
must be exactly one "received" per message, a partial message before the close, and an
oversize message an error naming the bound with its bytes still shown (unframed)."""

import json
import signal
import socket
import struct
import threading
import time

from cliharness import Cli, check, fail, parse_args, passed, run_cli, TIMEOUT

PAUSE = 0.005   # between the two halves of a split send (TCP_NODELAY): usually two recv()s


def connect(port):
    c = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return c


def recv_pieces_add_up(message, size):
    """True when "recv() xN: a + b + ... bytes" names N pieces that add up to size ("recv() x1"
    and "recv() x1: part of a K-byte chunk" are one piece)."""
    head, _, rest = message.partition(": ")
    count = int(head[len("recv() x"):])
    if count == 1:
        return True
    pieces = rest.removesuffix(" bytes").split(" + ")
    if "…" in pieces:   # the first 6 and the last 2 are named
        return len(pieces) == 9 and count > 8
    return len(pieces) == count and sum(map(int, pieces)) == size


def parse(line):
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return {}


def is_event(kind, connection):
    return lambda l: (o := parse(l)).get("event") == kind and o.get("connection") == connection


def rows(server, connection):
    """(event, payload, message) of one connection's received/error rows, in order."""
    out = []
    for e in server.events():
        if e["connection"] == connection and e["event"] in ("received", "error"):
            out.append((e["event"], bytes.fromhex(e["payload_hex"]), e["message"]))
    return out


def start_server(cli, spec, *extra):
    server = Cli(cli, "tcp-server", "--port", "0", "--json", "--frame", spec, *extra)
    return server, server.listening_port()


def stop(server):
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)


def every_mode_at_every_byte_boundary(cli):
    r"""Each mode's stream of frames: split once at every byte boundary (one connection per
    cut), sent all at once (coalesced), and sent one byte per send()."""
    cases = [
        ("delimiter:\\r\\n", [b"HELLO\r\n", b"\r\n", b"a\rb\nc\r\n"]),
        ("length:2be", [b"\x00\x05hello", b"\x00\x00", b"\x00\x01!"]),
        ("length:4le,offset=2,inclusive",
         [b"AB" + struct.pack("<I", 9) + b"xyz", b"CD" + struct.pack("<I", 6),
          b"EF" + struct.pack("<I", 7) + b"!"]),
        ("fixed:4", [b"abcd", b"\x00\x00\x00\x00", b"wxyz"]),
    ]
    for spec, frames in cases:
        stream = b"".join(frames)
        server, port = start_server(cli, spec)
        sends = [[stream[:i], stream[i:]] for i in range(1, len(stream))]
        sends.append([stream])                                  # coalesced: one send()
        sends.append([stream[i:i + 1] for i in range(len(stream))])   # trickled
        for connection, parts in enumerate(sends, start=1):
            with connect(port) as c:
                for k, part in enumerate(parts):
                    if k:
                        time.sleep(PAUSE)
                    c.sendall(part)
            server.wait_for_line(is_event("closed", connection), f"close #{connection}")
        stop(server)
        for connection, parts in enumerate(sends, start=1):
            got = rows(server, connection)
            check([(e, p) for e, p, _ in got] == [("received", f) for f in frames],
                  f"--frame {spec}, sends {[len(p) for p in parts]}: rows {got}, "
                  f"expected one per frame {frames}")
            for _, _, message in got:
                check(message.startswith("recv() x"), f"--frame {spec}: message {message!r}")
        coalesced = rows(server, len(sends) - 1)
        check(all(m == f"recv() x1: part of a {len(stream)}-byte chunk" for _, _, m in coalesced),
              f"--frame {spec}: coalesced messages {coalesced}")
        # Trickled: how many recv() calls the kernel made of the sends varies with the load,
        # but the pieces named add up to the message.
        for _, payload, message in rows(server, len(sends)):
            check(recv_pieces_add_up(message, len(payload)),
                  f"--frame {spec}: trickled message {message!r} for {len(payload)} bytes")
        passed(f"tcp-server --frame {spec}: one row per frame for a split at each of the "
               f"{len(stream) - 1} byte boundaries, all frames in one send() and one byte per "
               f"send()")


def recv_boundaries_are_narrated(cli):
    """A message made of two recv() chunks says so exactly: the peer waits until the first
    message is logged before it sends the rest of the second."""
    server, port = start_server(cli, "delimiter:\\r\\n")
    with connect(port) as c:
        c.sendall(b"one\r\ntw")
        server.wait_for_line(is_event("received", 1), "the first message")
        c.sendall(b"o\r\n")
        server.wait_for_line(lambda l: parse(l).get("event") == "received"
                             and parse(l).get("text") == "two\r\n", "the second message")
    server.wait_for_line(is_event("closed", 1), "close")
    stop(server)
    got = rows(server, 1)
    check(got == [("received", b"one\r\n", "recv() x1: part of a 7-byte chunk"),
                  ("received", b"two\r\n", "recv() x2: 2 + 3 bytes")], f"rows {got}")
    passed("tcp-server --frame: 'recv() x2: 2 + 3 bytes' for a message read in two recv() calls")


def idle_gap_ends_messages(cli):
    """idle:MS: each message split at every byte boundary (a short pause inside, a long
    silence after, observed as the server's row for it)."""
    frame = b"ping!\n"
    server, port = start_server(cli, "idle:1000")
    with connect(port) as c:
        for i in range(1, len(frame) + 1):
            c.sendall(frame[:i])
            if i < len(frame):
                time.sleep(PAUSE)
                c.sendall(frame[i:])
            server.wait_for_line(lambda l, n=i: len([e for e in map(parse, server.lines)
                                                     if e.get("event") == "received"]) >= n,
                                 f"idle message {i}", timeout=TIMEOUT)
    server.wait_for_line(is_event("closed", 1), "close")
    stop(server)
    got = rows(server, 1)
    check([(e, p) for e, p, _ in got] == [("received", frame)] * len(frame), f"rows {got}")
    passed(f"tcp-server --frame idle:1000: {len(frame)} messages, each split at a different "
           f"byte, one row each")


def partial_at_close(cli):
    server, port = start_server(cli, "delimiter:\\r\\n", "--echo")
    with connect(port) as c:
        c.sendall(b"abc\r\nhal")
        c.shutdown(socket.SHUT_WR)
        echoed = b""
        while len(echoed) < 5:
            chunk = c.recv(100)
            if not chunk:
                break
            echoed += chunk
    server.wait_for_line(is_event("closed", 1), "close")
    stop(server)
    events = [e for e in server.events() if e["connection"] == 1]
    kinds = [e["event"] for e in events]
    got = rows(server, 1)
    check([p for _, p, _ in got] == [b"abc\r\n", b"hal"], f"rows {got}")
    check(got[1][2].startswith("partial message at close: 3 byte(s), no delimiter"),
          f"partial row {got[1]}")
    check(kinds.index("closed") > max(i for i, k in enumerate(kinds) if k == "received"),
          f"the partial message is not before the close: {kinds}")
    check(echoed == b"abc\r\n", f"echo answered {echoed!r}: only whole messages are answered")
    passed("tcp-server --frame delimiter: a partial message at the peer's FIN is one row "
           "before the close, not answered")


def oversize(cli):
    # Delimiter: no \n within max=8 -> error naming the bound, bytes unframed, resync.
    server, port = start_server(cli, "delimiter:\\n,max=8")
    stream = b"ok\n" + b"x" * 20 + b"\nok2\n"
    with connect(port) as c:
        c.sendall(stream)
    server.wait_for_line(is_event("closed", 1), "close")
    stop(server)
    got = rows(server, 1)
    errors = [m for e, _, m in got if e == "error"]
    check(len(errors) == 1 and "max=8 bytes" in errors[0], f"errors {errors}")
    check(b"".join(p for _, p, _ in got) == stream, f"bytes lost or repeated: {got}")
    check(got[0][:2] == ("received", b"ok\n") and got[-1][:2] == ("received", b"ok2\n"),
          f"framing did not resume after the next delimiter: {got}")
    check(server.stderr() == "", f"stderr {server.stderr()!r}")
    # Length prefix announcing more than max: the rest of the connection unframed, said once.
    server, port = start_server(cli, "length:2be,max=16")
    stream = b"\x00\x02hi" + b"\x01\x00" + b"z" * 40
    with connect(port) as c:
        c.sendall(stream[:10])
        time.sleep(PAUSE)
        c.sendall(stream[10:])
    server.wait_for_line(is_event("closed", 1), "close")
    stop(server)
    got = rows(server, 1)
    errors = [m for e, _, m in got if e == "error"]
    check(len(errors) == 1 and "258-byte message, over the bound of max=16 bytes" in errors[0],
          f"errors {errors}")
    check(got[0][:2] == ("received", b"\x00\x02hi"), f"first row {got[0]}")
    check(b"".join(p for _, p, _ in got) == stream, f"bytes lost or repeated: {got}")
    passed("tcp-server --frame: an oversize message is one error naming max=N, its bytes shown "
           "unframed (delimiter: framing resumes after the next delimiter)")


def client_frames(cli):
    """tcp-client --frame against a python server that trickles and closes mid-message."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    client = Cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port), "--json",
                 "--frame", "delimiter:\\r\\n")
    listener.settimeout(TIMEOUT)
    peer, _ = listener.accept()
    peer.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    peer.sendall(b"a\r\nbb")
    client.wait_for_line(lambda l: parse(l).get("event") == "received", "the first message")
    peer.sendall(b"b\r\ncc")
    client.wait_for_line(lambda l: parse(l).get("text") == "bbb\r\n", "the second message")
    peer.close()
    listener.close()
    client.expect_exit(0)
    got = [(bytes.fromhex(e["payload_hex"]), e["message"]) for e in client.events("received")]
    check(got[:2] == [(b"a\r\n", "recv() x1: part of a 5-byte chunk"),
                      (b"bbb\r\n", "recv() x2: 2 + 3 bytes")], f"rows {got}")
    check(len(got) == 3 and got[2][0] == b"cc"
          and got[2][1].startswith("partial message at close: 2 byte(s), no delimiter"),
          f"partial row {got[2:]}")
    kinds = [e["event"] for e in client.events()]
    check(kinds.index("closed") > len(kinds) - 1 - kinds[::-1].index("received"),
          f"partial not before the close: {kinds}")
    passed("tcp-client --frame: one row per message, the recv() chunks named, a partial "
           "message before the close, exit 0")


def bad_spec(cli):
    for command in (["tcp-server", "--port", "0"],
                    ["tcp-client", "--host", "127.0.0.1", "--port", "9"]):
        for spec in ("lines:\\n", "length:3be", "fixed:0", "idle:5,max=0", "delimiter:\\q"):
            result = run_cli(cli, *command, "--frame", spec)
            check(result.returncode == 2, f"{command[0]} --frame {spec}: exit "
                                          f"{result.returncode}, stderr {result.stderr!r}")
            lines = result.stderr.strip().splitlines()
            check(len(lines) == 1 and lines[0].startswith("socklab-cli: --frame: "),
                  f"{command[0]} --frame {spec}: stderr {result.stderr!r}")
    passed("--frame with a bad spec: exit 2 and one sentence on stderr")


def main():
    cli = parse_args().cli
    bad_spec(cli)
    every_mode_at_every_byte_boundary(cli)
    recv_boundaries_are_narrated(cli)
    partial_at_close(cli)
    oversize(cli)
    idle_gap_ends_messages(cli)
    client_frames(cli)


if __name__ == "__main__":
    main()
