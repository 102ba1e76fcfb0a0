# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli as the tutorial's TCP server (server_tcp.py), five runs of the tutorial's
client_tcp.py against it; ss confirms the reported port really listens."""

import socket

from cliharness import Cli, check, fail, listening_ports, parse_args, passed


def tutorial_client(port):
    # client_tcp.py, with a timeout so that a silent server fails the test instead of hanging
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(('127.0.0.1', port))
    me = s.getsockname()
    data = s.recv(4096)
    rest = s.recv(4096)     # the server closes after the greeting: b'' is the end
    s.close()
    check(rest == b'', f"expected the server to close after the greeting, got {rest!r}")
    return data, me


def main():
    args = parse_args()
    server = Cli(args.cli, "tcp-server", "--greeting", "Hello World!", "--close-after-greeting",
                 "--max-connections", "5", "--port", "0", "--json")
    port = server.listening_port()
    check(("127.0.0.1", port) in listening_ports(),
          f"ss -tln does not show 127.0.0.1:{port} although socklab-cli reported it")

    clients = []
    for i in range(5):
        try:
            data, me = tutorial_client(port)
        except OSError as error:
            server.kill()
            fail(f"tutorial client #{i + 1} failed: {error}")
        check(data == b'Hello World!', f"client #{i + 1} received {data!r}")
        clients.append(f"{me[0]}:{me[1]}")

    server.expect_exit(0)
    check(("127.0.0.1", port) not in listening_ports(), f"port {port} still listens after exit")
    accepted = [e["peer"] for e in server.events("accepted")]
    check(accepted == clients, f"accepted peers {accepted} != clients {clients}")
    sent = server.events("sent")
    check(len(sent) == 5 and all(e["text"] == "Hello World!" and e["bytes"] == 12
                                 for e in sent), f"sent events: {sent}")
    check(len(server.events("closed")) == 5, "expected 5 closed events")
    passed("tcp-server answers the tutorial's client five times, then exits 0")


if __name__ == "__main__":
    main()
