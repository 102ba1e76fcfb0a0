# SPDX-License-Identifier: GPL-3.0-or-later
"""Dual-stack listening (issue 12): socklab-cli tcp-server and udp-server on "::" and on
"localhost" take python3 clients over both 127.0.0.1 and ::1, and show an IPv4 peer of the
dual-stack socket as plain 127.0.0.1 (never ::ffff:127.0.0.1). Traffic on loopback only."""

import json
import socket

from cliharness import Cli, check, parse_args, passed


def port_of(server):
    line = server.wait_for_line(lambda l: '"event":"listening"' in l, "listening event")
    return int(json.loads(line)["local"].rsplit(":", 1)[1])


def tcp_clients(port):
    """One python3 client over each family; returns their source addresses as the server
    should print them."""
    expected = []
    for family, host, fmt in ((socket.AF_INET, "127.0.0.1", "{}:{}"),
                              (socket.AF_INET6, "::1", "[{}]:{}")):
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(10)
            s.connect((host, port))
            s.sendall(b"hello over " + host.encode())
            me = s.getsockname()
            expected.append(fmt.format(me[0], me[1]))
    return expected


def tcp_server_on(cli, bind):
    server = Cli(cli, "tcp-server", "--bind", bind, "--port", "0", "--max-connections", "2",
                 "--json")
    port = port_of(server)
    expected = tcp_clients(port)
    server.expect_exit(0)
    accepted = sorted(e["peer"] for e in server.events("accepted"))
    check(accepted == sorted(expected), f"--bind {bind}: accepted {accepted}, sent from "
                                        f"{sorted(expected)}")
    check("::ffff:" not in "\n".join(server.lines), f"--bind {bind}: a mapped address shown: "
                                                    f"{server.lines!r}")
    texts = sorted(e["text"] for e in server.events("received"))
    check(texts == ["hello over 127.0.0.1", "hello over ::1"], f"--bind {bind}: {texts}")
    passed(f"tcp-server --bind {bind} accepts python3 clients over 127.0.0.1 and ::1, "
           f"peers shown as {sorted(expected)}")


def udp_server_on_any(cli):
    server = Cli(cli, "udp-server", "--bind", "::", "--port", "0", "--max-datagrams", "2",
                 "--json")
    port = port_of(server)
    expected = []
    for family, host, fmt in ((socket.AF_INET, "127.0.0.1", "{}:{}"),
                              (socket.AF_INET6, "::1", "[{}]:{}")):
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.bind((host, 0))
            s.sendto(b"datagram", (host, port))
            me = s.getsockname()
            expected.append(fmt.format(me[0], me[1]))
    server.expect_exit(0)
    peers = sorted(e["peer"] for e in server.events("received"))
    check(peers == sorted(expected), f"udp-server --bind ::: peers {peers}, sent from "
                                     f"{sorted(expected)}")
    passed(f"udp-server --bind :: receives from 127.0.0.1 and ::1, peers shown as {peers}")


def main():
    args = parse_args()
    tcp_server_on(args.cli, "::")
    tcp_server_on(args.cli, "localhost")
    udp_server_on_any(args.cli)


if __name__ == "__main__":
    main()
