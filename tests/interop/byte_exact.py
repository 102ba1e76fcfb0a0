# SPDX-License-Identifier: GPL-3.0-or-later
"""All 256 byte values, both directions, over TCP and UDP: what one side sends is exactly
what the other side gets, through --hex, escapes, --file and the JSON payload_hex."""

import os
import socket
import tempfile
import threading

from cliharness import Cli, check, fail, json_lines, parse_args, passed, run_cli

ALL = bytes(range(256))


def received_hex(cli):
    return "".join(e["payload_hex"] for e in cli.events("received"))


def python_to_cli_tcp(cli):
    server = Cli(cli, "tcp-server", "--port", "0", "--max-connections", "1", "--json")
    port = server.listening_port()
    with socket.create_connection(('127.0.0.1', port), timeout=10) as s:
        s.sendall(ALL)
    server.expect_exit(0)
    check(received_hex(server) == ALL.hex(), f"tcp-server got {received_hex(server)}")
    check(sum(e["bytes"] for e in server.events("received")) == 256, "byte count")


def python_to_cli_udp(cli):
    server = Cli(cli, "udp-server", "--port", "0", "--max-datagrams", "1", "--reply",
                 " ".join(f"{b:02x}" for b in ALL), "--hex", "--json")
    port = server.listening_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(10)
        s.sendto(ALL, ('127.0.0.1', port))
        reply, _ = s.recvfrom(4096)
    server.expect_exit(0)
    check(received_hex(server) == ALL.hex(), f"udp-server got {received_hex(server)}")
    check(reply == ALL, f"--reply (hex) arrived as {reply!r}")


def cli_greeting_to_python():
    # Every byte as an escape: the text form of DATA must be as exact as --hex.
    return "".join(f"\\x{b:02x}" for b in ALL)


def cli_server_to_python(cli):
    server = Cli(cli, "tcp-server", "--port", "0", "--max-connections", "1", "--json",
                 "--close-after-greeting", "--greeting", cli_greeting_to_python())
    port = server.listening_port()
    data = b''
    with socket.create_connection(('127.0.0.1', port), timeout=10) as s:
        while chunk := s.recv(4096):
            data += chunk
    server.expect_exit(0)
    check(data == ALL, f"greeting arrived as {data!r}")


def python_server(kind, port_box, result_box):
    s = socket.socket(socket.AF_INET, kind)
    s.settimeout(15)
    s.bind(('127.0.0.1', 0))
    port_box.append(s.getsockname()[1])
    try:
        if kind == socket.SOCK_DGRAM:
            data, _ = s.recvfrom(4096)
        else:
            s.listen(1)
            conn, _ = s.accept()
            conn.settimeout(15)
            data = b''
            while len(data) < len(ALL) and (chunk := conn.recv(4096)):
                data += chunk
            conn.close()
        result_box.append(data)
    except OSError as error:
        result_box.append(error)
    finally:
        s.close()


def cli_client_to_python(cli, kind, *data_args):
    port_box, result_box = [], []
    ready = threading.Thread(target=python_server, args=(kind, port_box, result_box),
                             daemon=True)
    ready.start()
    while not port_box:
        ready.join(0.01)
    command = "tcp-client" if kind == socket.SOCK_STREAM else "udp-client"
    result = run_cli(cli, command, "--host", "127.0.0.1", "--port", str(port_box[0]), "--json",
                     *data_args)
    check(result.returncode == 0, f"{command} {data_args[:1]} exited {result.returncode}: "
                                  f"{result.stderr}")
    ready.join(15)
    check(result_box, f"python {command} peer got nothing")
    check(result_box[0] == ALL, f"python peer of {command} got {result_box[0]!r}")
    sent = "".join(e["payload_hex"] for e in json_lines(result.stdout) if e["event"] == "sent")
    check(sent == ALL.hex(), f"{command} reports sent {sent}")


def main():
    args = parse_args()
    python_to_cli_tcp(args.cli)
    python_to_cli_udp(args.cli)
    cli_server_to_python(args.cli)
    compact_hex = ALL.hex()
    spaced_hex = " ".join(f"{b:02x}" for b in ALL)
    cli_client_to_python(args.cli, socket.SOCK_STREAM, "--hex", "--send", compact_hex)
    cli_client_to_python(args.cli, socket.SOCK_STREAM, "--send", cli_greeting_to_python())
    cli_client_to_python(args.cli, socket.SOCK_DGRAM, "--hex", "--send", spaced_hex)
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(ALL)
    try:
        cli_client_to_python(args.cli, socket.SOCK_DGRAM, "--file", f.name)
        cli_client_to_python(args.cli, socket.SOCK_STREAM, "--file", f.name)
    finally:
        os.unlink(f.name)
    passed("all 256 byte values arrive exactly, both directions, TCP and UDP")


if __name__ == "__main__":
    try:
        main()
    except OSError as error:
        fail(f"socket error: {error}")
