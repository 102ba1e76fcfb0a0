# SPDX-License-Identifier: GPL-3.0-or-later
"""udp-server --bind localhost (issue 12, item 2) against python3 sockets: it binds 127.0.0.1
and ::1 at the port it prints, a python3 client over each family is heard byte for byte and
answered from the address it sent to, and a client that resolves "localhost" itself is heard
whichever address it tries first. Inside a network namespace this test makes (unshare -n)
with IPv6 disabled, ::1 cannot be bound: the server says so in one line and serves IPv4.
Traffic on loopback only."""

import json
import os
import socket
import subprocess
import sys

import netns
from cliharness import Cli, check, fail, parse_args, passed

# Every byte value once, and a NUL first: nothing is lost or decoded on the way.
PAYLOAD = bytes([0]) + bytes(range(256)) + b"end"
REPLY_HEX = "00ff706f6e670a"   # \0 \xff "pong" \n
IPV6_OFF = "SOCKLAB_UDP_LOCALHOST_IPV6_OFF"  # set: run the namespace case


def port_of(server):
    line = server.wait_for_line(lambda l: '"event":"listening"' in l, "listening event")
    local = json.loads(line)["local"]
    check(local.startswith("127.0.0.1:"), f"the session is named {local}, not 127.0.0.1:port")
    return int(local.rsplit(":", 1)[1])


def infos(server):
    return [e["message"] for e in server.events("info")]


def send_and_hear_reply(family, host, port, payload):
    """One python3 client of the family: sends payload to host:port and waits for the reply.
    Returns (the client's address as the server prints it, the reply, the reply's sender)."""
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.settimeout(10)
        s.bind((host, 0))
        s.sendto(payload, (host, port))
        try:
            reply, sender = s.recvfrom(65535)
        except socket.timeout:
            fail(f"no reply to the python3 client on {host} within 10 s")
        me = s.getsockname()
    shown = f"[{me[0]}]:{me[1]}" if family == socket.AF_INET6 else f"{me[0]}:{me[1]}"
    return shown, reply, sender[:2]


def both_families(cli):
    server = Cli(cli, "udp-server", "--bind", "localhost", "--port", "0", "--max-datagrams", "3",
                 "--reply", REPLY_HEX, "--hex", "--json")
    port = port_of(server)
    messages = infos(server)
    check(f"bind([::1]:{port})" in messages,
          f"no bind([::1]:{port}) narrated before the listening event: {messages}")
    four, reply4, sender4 = send_and_hear_reply(socket.AF_INET, "127.0.0.1", port, PAYLOAD)
    six, reply6, sender6 = send_and_hear_reply(socket.AF_INET6, "::1", port,
                                               PAYLOAD + b"over six")
    reply_bytes = bytes.fromhex(REPLY_HEX)
    check(reply4 == reply_bytes and reply6 == reply_bytes,
          f"replies {reply4!r} and {reply6!r}, expected {reply_bytes!r}")
    check(sender4 == ("127.0.0.1", port), f"the IPv4 client's reply came from {sender4}")
    check(sender6 == ("::1", port), f"the IPv6 client's reply came from {sender6}")

    # A client that resolves localhost itself (as a python3 program does) and sends to the
    # first address it is given, whichever family that is.
    family, _, _, _, address = socket.getaddrinfo("localhost", port, type=socket.SOCK_DGRAM)[0]
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.settimeout(10)
        s.sendto(b"resolved", address)
        reply, sender = s.recvfrom(65535)
        check(reply == reply_bytes and sender[:2] == address[:2],
              f"the client of getaddrinfo('localhost') got {reply!r} from {sender}")

    server.expect_exit(0)
    received = server.events("received")
    check(len(received) == 3, f"{len(received)} datagrams logged, 3 sent: {received}")
    by_peer = {e["peer"]: e for e in received}
    check(four in by_peer and six in by_peer, f"peers {list(by_peer)}, sent from {four}, {six}")
    check(bytes.fromhex(by_peer[four]["payload_hex"]) == PAYLOAD,
          "the IPv4 datagram was not logged byte for byte")
    check(bytes.fromhex(by_peer[six]["payload_hex"]) == PAYLOAD + b"over six",
          "the IPv6 datagram was not logged byte for byte")
    check(by_peer[four]["local"] == f"127.0.0.1:{port}",
          f"the IPv4 datagram was logged at {by_peer[four]['local']}")
    check(by_peer[six]["local"] == f"[::1]:{port}",
          f"the IPv6 datagram was logged at {by_peer[six]['local']}")
    sent = {e["peer"]: e["local"] for e in server.events("sent")}
    check(sent.get(four) == f"127.0.0.1:{port}" and sent.get(six) == f"[::1]:{port}",
          f"replies logged as sent from {sent}")
    check(not server.events("error"), f"errors: {server.events('error')}")
    passed(f"udp-server --bind localhost: python3 clients over 127.0.0.1 and ::1 at port "
           f"{port} heard byte for byte and answered from their own family; "
           f"getaddrinfo('localhost') first gives {address[0]}, heard too")


def ipv6_off(cli):
    """In the namespace: IPv6 off, so ::1 cannot be bound; the server goes on with IPv4."""
    for name in ("all", "default", "lo"):
        subprocess.run(["sysctl", "-q", "-w", f"net.ipv6.conf.{name}.disable_ipv6=1"],
                       check=True, timeout=20)
    server = Cli(cli, "udp-server", "--bind", "localhost", "--port", "0", "--max-datagrams", "1",
                 "--json")
    port = port_of(server)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"still heard", ("127.0.0.1", port))
    server.expect_exit(0)
    messages = infos(server)
    lines = [m for m in messages if m.startswith(f"not listening on [::1]:{port} too: ")]
    check(len(lines) == 1, f"the ::1 socket's failure is not said in one line: {messages}")
    check(not server.events("error"), f"errors: {server.events('error')}")
    received = server.events("received")
    check(len(received) == 1 and received[0]["text"] == "still heard",
          f"received {received}")
    passed(f"with IPv6 disabled, udp-server --bind localhost serves 127.0.0.1:{port} and "
           f"says '{lines[0]}'")


def main():
    args = parse_args()
    if os.environ.get(IPV6_OFF) == "1":
        netns.enter()
        ipv6_off(args.cli)
        return
    both_families(args.cli)
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=20)
    if probe.returncode != 0:
        print("SKIP: cannot create a network namespace "
              f"({probe.stderr.decode(errors='replace').strip()}); the IPv6-off case is "
              "covered by tst_udplocalhost only", flush=True)
        return
    code = subprocess.run([sys.executable, os.path.abspath(__file__), "--cli", args.cli],
                          env=dict(os.environ, **{IPV6_OFF: "1"}), timeout=120).returncode
    check(code == 0, f"the IPv6-off case failed (exit {code})")


if __name__ == "__main__":
    main()
