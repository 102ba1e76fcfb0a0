# SPDX-License-Identifier: GPL-3.0-or-later
"""--raw: standard output holds exactly the bytes received, all 256 byte values, for
tcp-client, udp-client, tcp-server and udp-server; the events go to standard error. Peers are
python sockets; 127.0.0.1 only; every wait is bounded."""

import socket
import subprocess
import threading
import time

from cliharness import TIMEOUT, check, fail, parse_args, passed

ALL_BYTES = bytes(range(256)) * 3


def finish(proc, what):
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        fail(f"{what} did not exit")
    return out, err


def tcp_client(cli):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(TIMEOUT)
        port = listener.getsockname()[1]
        proc = subprocess.Popen([cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port),
                                 "--raw"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        conn, _ = listener.accept()
        with conn:
            conn.sendall(ALL_BYTES)
        out, err = finish(proc, "tcp-client --raw")
    check(proc.returncode == 0, f"tcp-client --raw exited {proc.returncode}: {err!r}")
    check(out == ALL_BYTES, f"tcp-client --raw wrote {len(out)} bytes, not the 768 sent: "
                            f"{out[:64]!r}")
    check(b"received" in err and b"closed" in err, f"events not on stderr: {err!r}")


def udp_client(cli):
    """The reply to a datagram from stdin, read while stdin is still open."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        server.settimeout(TIMEOUT)
        port = server.getsockname()[1]
        proc = subprocess.Popen([cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                                 "--raw", "--datagram-per", "read"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdin.write(b"ping")
        proc.stdin.flush()
        datagram, sender = server.recvfrom(70000)
        check(datagram == b"ping", f"udp-client sent {datagram!r}")
        server.sendto(bytes(range(256)), sender)
        got = bytearray()
        reader_done = threading.Event()

        def read():
            while len(got) < 256:
                chunk = proc.stdout.read1(4096)
                if not chunk:
                    break
                got.extend(chunk)
            reader_done.set()

        threading.Thread(target=read, daemon=True).start()
        check(reader_done.wait(TIMEOUT), f"udp-client --raw wrote {len(got)} of 256 bytes")
        out, err = finish(proc, "udp-client --raw")  # closes stdin: the end of the input
    check(proc.returncode == 0, f"udp-client --raw exited {proc.returncode}: {err!r}")
    check(bytes(got) + out == bytes(range(256)), f"udp-client --raw wrote {bytes(got)!r}")
    check(b"received" in err, f"events not on stderr: {err!r}")


def listening_port(proc):
    """The port from the JSON listening event on stderr (--raw --json)."""
    deadline = time.monotonic() + TIMEOUT
    line = b""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if b'"event":"listening"' in line:
            return int(line.split(b'"local":"')[1].split(b'"')[0].rsplit(b":", 1)[1])
    proc.kill()
    fail(f"no listening event on stderr (last line {line!r})")


def tcp_server(cli):
    proc = subprocess.Popen([cli, "tcp-server", "--port", "0", "--max-connections", "1",
                             "--raw", "--json"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    port = listening_port(proc)
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as client:
        client.sendall(ALL_BYTES)
    out, err = finish(proc, "tcp-server --raw")
    check(proc.returncode == 0, f"tcp-server --raw exited {proc.returncode}: {err!r}")
    check(out == ALL_BYTES, f"tcp-server --raw wrote {len(out)} bytes: {out[:64]!r}")


def udp_server(cli):
    proc = subprocess.Popen([cli, "udp-server", "--port", "0", "--max-datagrams", "1", "--raw",
                             "--json"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    port = listening_port(proc)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
        client.sendto(bytes(range(256)), ("127.0.0.1", port))
    out, err = finish(proc, "udp-server --raw")
    check(proc.returncode == 0, f"udp-server --raw exited {proc.returncode}: {err!r}")
    check(out == bytes(range(256)), f"udp-server --raw wrote {out!r}")


def main():
    args = parse_args()
    tcp_client(args.cli)
    passed("tcp-client --raw: 256 byte values exactly, events on stderr")
    udp_client(args.cli)
    passed("udp-client --raw: the reply's 256 byte values exactly")
    tcp_server(args.cli)
    passed("tcp-server --raw: 256 byte values exactly")
    udp_server(args.cli)
    passed("udp-server --raw: 256 byte values exactly")


if __name__ == "__main__":
    main()
