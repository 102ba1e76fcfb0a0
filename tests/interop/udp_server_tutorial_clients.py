# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli as the tutorial's UDP server (server_udp.py) and five runs of the tutorial's
client_udp.py."""

import socket

from cliharness import Cli, check, parse_args, passed


def tutorial_client(port):
    # client_udp.py
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(b'Hello Server!', ('127.0.0.1', port))
    me = s.getsockname()    # ('0.0.0.0', port): the kernel bound the socket on sendto()
    s.close()
    return f"127.0.0.1:{me[1]}"


def main():
    args = parse_args()
    server = Cli(args.cli, "udp-server", "--max-datagrams", "5", "--port", "0", "--json")
    port = server.listening_port()
    senders = [tutorial_client(port) for _ in range(5)]
    server.expect_exit(0)

    received = server.events("received")
    check(len(received) == 5, f"expected 5 received events, got {len(received)}")
    for event in received:
        check(event["protocol"] == "udp", f"protocol {event['protocol']}")
        check(event["text"] == "Hello Server!", f"text {event['text']!r}")
        check(event["payload_hex"] == b'Hello Server!'.hex(), event["payload_hex"])
        check(event["local"] == f"127.0.0.1:{port}", f"local {event['local']}")
    peers = sorted(e["peer"] for e in received)
    check(peers == sorted(senders), f"peers {peers} != senders {sorted(senders)}")
    passed("udp-server prints five tutorial datagrams with their senders, exit 0")


if __name__ == "__main__":
    main()
