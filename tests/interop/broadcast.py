# SPDX-License-Identifier: GPL-3.0-or-later
"""UDP broadcast (issue 12) inside a network namespace this test creates: socklab-cli
udp-client sends to a subnet broadcast address and to 255.255.255.255, a python3 receiver gets
both, and the log narrates SO_BROADCAST once; socklab-cli udp-server on 0.0.0.0 receives a
python3 broadcast. Nothing reaches a real network."""

import json
import socket
import subprocess

import netns
from cliharness import Cli, check, parse_args, passed, run_cli


def setup():
    # A veth pair: a link with a broadcast address, both ends in this namespace only.
    for command in (["ip", "link", "add", "b0", "type", "veth", "peer", "name", "b1"],
                    ["ip", "addr", "add", "10.9.0.1/24", "broadcast", "10.9.0.255", "dev", "b0"],
                    ["ip", "link", "set", "b0", "up"], ["ip", "link", "set", "b1", "up"],
                    ["ip", "route", "add", "255.255.255.255/32", "dev", "b0"]):
        subprocess.run(command, check=True, timeout=20)


def cli_sends(cli, destination):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as r:
        r.bind(("0.0.0.0", 0))
        port = r.getsockname()[1]
        r.settimeout(10)
        result = run_cli(cli, "udp-client", "--host", destination, "--port", str(port),
                         "--send", "to everyone", "--count", "2", "--json")
        check(result.returncode == 0, f"udp-client exited {result.returncode}: {result.stderr}")
        data, _ = r.recvfrom(100)
    check(data == b"to everyone", f"{data!r}")
    messages = [json.loads(l).get("message", "") for l in result.stdout.splitlines()]
    told = [m for m in messages if "SO_BROADCAST" in m]
    check(len(told) == 1, f"SO_BROADCAST narrated {len(told)} times for 2 datagrams: {messages}")
    passed(f"udp-client to {destination} reached a python3 receiver; narrated: {told[0]!r}")


def cli_receives(cli):
    server = Cli(cli, "udp-server", "--bind", "0.0.0.0", "--port", "0", "--max-datagrams", "1",
                 "--json")
    line = server.wait_for_line(lambda l: '"event":"listening"' in l, "listening event")
    port = int(json.loads(line)["local"].rsplit(":", 1)[1])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        s.sendto(b"broadcast", ("10.9.0.255", port))
    server.expect_exit(0)
    check([e["text"] for e in server.events("received")] == ["broadcast"], f"{server.lines}")
    passed("udp-server on 0.0.0.0 received a python3 datagram sent to 10.9.0.255")


def main():
    netns.enter()
    args = parse_args()
    setup()
    cli_sends(args.cli, "10.9.0.255")
    cli_sends(args.cli, "255.255.255.255")
    cli_receives(args.cli)


if __name__ == "__main__":
    main()
