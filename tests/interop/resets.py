# SPDX-License-Identifier: GPL-3.0-or-later
"""A peer that resets (RST, via SO_LINGER 0) mid-transfer, a client that disconnects while
socklab-cli sends, and a server stopped with clients connected: one clear sentence each, the
right exit status, exact byte counts, and the server keeps serving."""

import fcntl
import signal
import socket
import struct
import termios
import threading
import time

from cliharness import Cli, check, parse_args, passed, run_cli

RST = struct.pack("ii", 1, 0)   # SO_LINGER on, 0 s: close() sends RST instead of FIN


def unsent_bytes(connection):
    return struct.unpack("i", fcntl.ioctl(connection, termios.TIOCOUTQ, b"\0" * 4))[0]


def reset_after_sending(listener, data, done):
    connection, _ = listener.accept()
    connection.recv(1)                  # the client is connected and has sent its byte
    connection.sendall(data)
    # Everything acknowledged, so it sits in the client's receive queue; then abort.
    deadline = time.monotonic() + 20
    while unsent_bytes(connection) and time.monotonic() < deadline:
        time.sleep(0.01)
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RST)
    connection.close()
    done.set()


def tcp_client_sees_reset(cli):
    data = bytes(range(256)) * 400       # 102,400 bytes, every byte value
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        done = threading.Event()
        threading.Thread(target=reset_after_sending, args=(listener, data, done),
                         daemon=True).start()
        client = Cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                     str(listener.getsockname()[1]), "--send", "k", "--timeout", "10000",
                     "--json")
        client.expect_exit(1)
        check(done.is_set(), "the peer never reset the connection")
    received = b"".join(bytes.fromhex(e["payload_hex"]) for e in client.events("received"))
    check(received == data, f"received {len(received)} bytes, expected {len(data)} exactly")
    lines = client.stderr().splitlines()
    check(len(lines) == 1 and "connection reset by the peer" in lines[0],
          f"expected one stderr sentence naming the reset, got {client.stderr()!r}")
    closed = client.events("closed")
    check(len(closed) == 1 and "reset by the peer" in closed[0]["message"],
          f"closed event does not name the reset: {closed}")
    passed("tcp-client: a reset mid-transfer exits 1 with 'connection reset by the peer'")


def tcp_server_survives_reset(cli):
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--json")
    port = server.listening_port()
    with socket.create_connection(("127.0.0.1", port)) as victim:
        victim.sendall(b"A" * 5000)
        echoed = b""
        while len(echoed) < 5000:
            echoed += victim.recv(65536)
        victim.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RST)
    server.wait_for_line(lambda l: '"event":"closed"' in l, "closed event after the reset")
    # The server still serves.
    with socket.create_connection(("127.0.0.1", port)) as next_client:
        next_client.sendall(b"still here")
        check(next_client.recv(100) == b"still here", "server did not echo after a reset")
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    closed = server.events("closed")
    check("reset by the peer" in closed[0]["message"],
          f"server's closed event does not name the reset: {closed[0]}")
    received = sum(e["bytes"] for e in server.events("received"))
    check(received == 5010, f"server counted {received} bytes received, expected 5010")
    passed("tcp-server: a client's reset is logged as 'connection reset by the peer'; "
           "the server keeps serving")


def client_leaves_while_server_sends(cli, tmp):
    """--greeting of 32 MiB to a client that reads a little and resets."""
    big = tmp + "/greeting.bin"
    with open(big, "wb") as f:
        f.write(b"G" * (32 << 20))
    server = Cli(cli, "tcp-server", "--port", "0", "--file", big, "--json")
    port = server.listening_port()
    with socket.create_connection(("127.0.0.1", port)) as leaver:
        leaver.recv(1000)
        leaver.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RST)
    server.wait_for_line(lambda l: '"event":"closed"' in l, "closed event of the leaver")
    with socket.create_connection(("127.0.0.1", port)) as reader:
        got = 0
        while got < (32 << 20):
            chunk = reader.recv(1 << 20)
            check(chunk, f"greeting ended after {got} bytes")
            got += len(chunk)
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    # "sent" is what the kernel took: the leaver's share is partial, and the rest is an error.
    sent = server.events("sent")
    check(len(sent) == 2 and sent[0]["bytes"] < 32 << 20 and sent[1]["bytes"] == 32 << 20,
          f"expected a partial send then 32 MiB, got {[e['bytes'] for e in sent]}")
    unsent = [e for e in server.events("error") if "were never sent" in e["message"]]
    check(len(unsent) == 1, f"expected one 'were never sent' error: {server.events('error')}")
    passed("tcp-server: a client that resets while 32 MiB are being sent does not hurt the "
           "next client, who gets all 32 MiB")


def server_stopped_with_clients(cli):
    server = Cli(cli, "tcp-server", "--port", "0", "--json")
    port = server.listening_port()
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
    accepted = lambda _line: sum('"event":"accepted"' in l for l in server.lines) >= 3
    server.wait_for_line(accepted, "three accepted events")
    server.proc.send_signal(signal.SIGTERM)
    server.expect_exit(0)
    for c in clients:
        c.settimeout(20)
        check(c.recv(10) == b"", "a client was not closed when the server stopped")
        c.close()
    closed = server.events("closed")
    check(len(closed) == 3 and all(e["message"] == "closed by us" for e in closed),
          f"expected three 'closed by us': {closed}")
    check(server.stderr() == "", f"stderr not empty: {server.stderr()!r}")
    passed("tcp-server stopped with 3 clients connected closes each one, exit 0")


def main():
    import tempfile
    args = parse_args()
    tcp_client_sees_reset(args.cli)
    tcp_server_survives_reset(args.cli)
    with tempfile.TemporaryDirectory() as tmp:
        client_leaves_while_server_sends(args.cli, tmp)
    server_stopped_with_clients(args.cli)


if __name__ == "__main__":
    main()
