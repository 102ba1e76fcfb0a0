# SPDX-License-Identifier: GPL-3.0-or-later
"""Multicast (issue 12) between socklab-cli and python3 sockets, IPv4 and IPv6, both ways,
inside a network namespace this test creates: udp-server --join receives a python3 sender's
datagrams; udp-client --ttl/--interface reaches a python3 receiver that joined; a
source-specific join takes only its source; leaving and rejoining after the interface went
down is narrated. Nothing reaches a real network."""

import json
import socket
import struct
import subprocess

import netns
from cliharness import Cli, check, parse_args, passed, run_cli

GROUP4 = "239.1.2.3"
GROUP6 = "ff15::5ec:1ab"
SSM4 = "232.1.1.1"


# Linux routes no IPv6 multicast over lo (Ip6OutNoRoutes), so IPv6 groups use a veth pair
# of this namespace: m0 with fd00::1 (no DAD wait), its peer m1.
IFACE4 = "lo"
IFACE6 = "m0"


def iface_for(group):
    return IFACE6 if ":" in group else IFACE4


def setup():
    for command in (["ip", "link", "add", "m0", "type", "veth", "peer", "name", "m1"],
                    ["ip", "link", "set", "m0", "up"], ["ip", "link", "set", "m1", "up"],
                    ["ip", "addr", "add", "fd00::1/64", "dev", "m0", "nodad"]):
        subprocess.run(command, check=True, timeout=20)


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def infos(server):
    return [json.loads(l).get("message", "") for l in server.lines
            if '"event":"info"' in l]


def wait_joined(server, group):
    server.wait_for_line(lambda l: '"event":"info"' in l and "joined multicast group " + group
                         in l, f"the join of {group}")


def python_sender(group, port, payload, source=None):
    if ":" in group:
        s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF,
                     socket.if_nametoindex(IFACE6))
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 1)
    else:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton("127.0.0.1"))
        s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    with s:
        if source:
            s.bind((source, 0))
        s.sendto(payload, (group, port))
        return s.getsockname()


def cli_receives(cli, group):
    port = free_udp_port()
    join = group if iface_for(group) == "lo" else f"{group}@{iface_for(group)}"
    server = Cli(cli, "udp-server", "--join", join, "--port", str(port), "--max-datagrams",
                 "1", "--json")
    wait_joined(server, group)
    python_sender(group, port, b"to the group")
    server.expect_exit(0)
    received = server.events("received")
    check(len(received) == 1 and received[0]["text"] == "to the group", f"{received}")
    check(received[0]["local"].startswith(group if ":" not in group else f"[{group}]"),
          f"bound to {received[0]['local']}, expected the group")
    call = "MCAST_JOIN_GROUP"
    iface = iface_for(group)
    check(any(m.startswith(f"setsockopt({call}, {group} on {iface})") for m in infos(server)),
          f"no {call} narrated: {infos(server)}")
    passed(f"udp-server --join {join} received a python3 sender's datagram from "
           f"{received[0]['peer']} on {iface}")


def cli_sends(cli, group):
    port = free_udp_port()
    if ":" in group:
        r = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        r.bind(("::", port))
        mreq = (socket.inet_pton(socket.AF_INET6, group)
                + struct.pack("@I", socket.if_nametoindex(IFACE6)))
        r.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    else:
        r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        r.bind(("0.0.0.0", port))
        mreq = socket.inet_aton(group) + socket.inet_aton("127.0.0.1")
        r.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    r.settimeout(10)
    with r:
        result = run_cli(cli, "udp-client", "--host", group, "--port", str(port), "--send",
                         "from socklab", "--interface", iface_for(group), "--ttl", "1",
                         "--multicast-loop", "on", "--json")
        check(result.returncode == 0, f"udp-client exited {result.returncode}: "
                                      f"{result.stderr}")
        data, sender = r.recvfrom(100)
    check(data == b"from socklab", f"received {data!r}")
    messages = [json.loads(l).get("message", "") for l in result.stdout.splitlines()]
    ttl = "IPV6_MULTICAST_HOPS" if ":" in group else "IP_MULTICAST_TTL"
    for wanted in (f"setsockopt({ttl}, 1)", f"_MULTICAST_IF, {iface_for(group)})",
                   "_MULTICAST_LOOP, 1)"):
        check(any(wanted in m for m in messages), f"{wanted} not narrated: {messages}")
    passed(f"udp-client --host {group} --interface {iface_for(group)} --ttl 1 reached a "
           f"python3 receiver "
           f"(sender {sender[0]})")


def source_specific(cli):
    port = free_udp_port()
    server = Cli(cli, "udp-server", "--join", f"{SSM4},source=127.0.0.1", "--port", str(port),
                 "--max-datagrams", "1", "--json")
    wait_joined(server, SSM4)
    python_sender(SSM4, port, b"wrong source", source="127.0.0.2")
    python_sender(SSM4, port, b"right source", source="127.0.0.1")
    server.expect_exit(0)
    received = server.events("received")
    check([e["text"] for e in received] == ["right source"], f"{received}")
    check(received[0]["peer"].startswith("127.0.0.1:"), received[0]["peer"])
    check(any("MCAST_JOIN_SOURCE_GROUP" in m for m in infos(server)), f"{infos(server)}")
    passed("udp-server --join 232.1.1.1,source=127.0.0.1 took the datagram from 127.0.0.1 "
           "and not the one from 127.0.0.2")


def rejoins_after_interface_returns(cli):
    subprocess.run(["ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1"],
                   check=True, timeout=20)
    subprocess.run(["ip", "link", "set", "v0", "up"], check=True, timeout=20)
    subprocess.run(["ip", "link", "set", "v1", "up"], check=True, timeout=20)
    port = free_udp_port()
    server = Cli(cli, "udp-server", "--join", f"{GROUP4}@v0", "--port", str(port), "--json")
    wait_joined(server, GROUP4)
    subprocess.run(["ip", "link", "del", "v0"], check=True, timeout=20)
    server.wait_for_line(lambda l: "Interface v0 is down or gone" in l, "the lost interface")
    subprocess.run(["ip", "link", "add", "v0", "type", "veth", "peer", "name", "v1"],
                   check=True, timeout=20)
    subprocess.run(["ip", "link", "set", "v0", "up"], check=True, timeout=20)
    server.wait_for_line(lambda l: "Interface v0 is back: rejoined" in l, "the rejoin")
    with open("/proc/net/igmp") as igmp:
        table = igmp.read()
    check("v0" in table and "030201EF" in table, f"/proc/net/igmp:\n{table}")
    server.proc.terminate()
    server.expect_exit(0)
    passed("a membership on v0 was rejoined after v0 was deleted and created again "
           "(checked every 2 s), and /proc/net/igmp lists it")


def main():
    netns.enter()
    args = parse_args()
    setup()
    cli_receives(args.cli, GROUP4)
    cli_receives(args.cli, GROUP6)
    cli_sends(args.cli, GROUP4)
    cli_sends(args.cli, GROUP6)
    source_specific(args.cli)
    rejoins_after_interface_returns(args.cli)


if __name__ == "__main__":
    main()
