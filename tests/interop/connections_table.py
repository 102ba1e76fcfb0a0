# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli connections against a python3 peer and ss: the peer (a separate process) holds
listening, connected and UDP sockets on loopback; every one of them must appear in
`socklab-cli connections --all --json` with the right state, the peer's pid and program, and
the table must agree with `ss -tuanp` on the same sockets."""

import json
import re
import subprocess
import sys

from cliharness import TIMEOUT, check, fail, json_lines, parse_args, passed, require_tool, run_cli

PEER = r'''
import json, socket, sys
keep = []
def add(kind, sock, state):
    keep.append(sock)
    local = sock.getsockname()
    try:
        remote = sock.getpeername()
    except OSError:
        remote = ("0.0.0.0" if sock.family == socket.AF_INET else "::", 0)
    sockets.append({"protocol": kind, "local": list(local[:2]), "remote": list(remote[:2]),
                    "state": state})
sockets = []
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0)); listener.listen(8)
add("tcp", listener, "LISTEN")
for _ in range(2):
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    add("tcp", client, "ESTABLISHED"); add("tcp", accepted, "ESTABLISHED")
try:
    listener6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    listener6.bind(("::1", 0)); listener6.listen(8)
    add("tcp", listener6, "LISTEN")
    client6 = socket.create_connection(listener6.getsockname()[:2])
    accepted6, _ = listener6.accept()
    add("tcp", client6, "ESTABLISHED"); add("tcp", accepted6, "ESTABLISHED")
    udp6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); udp6.bind(("::1", 0))
    add("udp", udp6, "UNCONN")
except OSError:
    pass  # no IPv6 loopback on this machine
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); udp.bind(("127.0.0.1", 0))
add("udp", udp, "UNCONN")
connected = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
connected.connect(udp.getsockname())
add("udp", connected, "ESTABLISHED")
print(json.dumps(sockets), flush=True)
sys.stdin.read()  # hold everything until the test closes our stdin
'''


def endpoint(address, port):
    """socklab-cli's endpoint strings: 127.0.0.1:60001, [::1]:60001."""
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


def normalize_ss(text):
    """ss -n endpoint ("127.0.0.1:80", "[::1]:80", "[::ffff:127.0.0.1]:80", "0.0.0.0:*",
    "*:*") -> socklab-cli's form."""
    address, _, port = text.rpartition(":")
    address = address.strip("[]")
    if address.startswith("::ffff:") and "." in address:
        address = address[len("::ffff:"):]
    if address == "*":
        address = "0.0.0.0"
    address = address.split("%")[0]
    return endpoint(address, 0 if port == "*" else int(port))


SS_STATES = {"ESTAB": "ESTABLISHED", "UNCONN": "UNCONN", "LISTEN": "LISTEN",
             "TIME-WAIT": "TIME-WAIT", "CLOSE-WAIT": "CLOSE-WAIT", "SYN-SENT": "SYN-SENT",
             "SYN-RECV": "SYN-RECV", "FIN-WAIT-1": "FIN-WAIT-1", "FIN-WAIT-2": "FIN-WAIT-2",
             "LAST-ACK": "LAST-ACK", "CLOSING": "CLOSING"}


def ss_sockets_of(ss, pid):
    """(protocol, local, remote, state) of every socket ss -tuanp attributes to pid."""
    result = subprocess.run([ss, "-Htuanp"], capture_output=True, text=True, timeout=TIMEOUT)
    check(result.returncode == 0, f"ss -tuanp failed: {result.stderr}")
    found = set()
    for line in result.stdout.splitlines():
        fields = line.split()
        if len(fields) < 7 or not re.search(rf"pid={pid},", line):
            continue
        protocol, state, local, remote = fields[0], fields[1], fields[4], fields[5]
        found.add((protocol, normalize_ss(local), normalize_ss(remote),
                   SS_STATES.get(state, state)))
    return found


def main():
    args = parse_args()
    ss = require_tool("ss")
    if ss is None:
        fail("ss (Debian package iproute2) is needed to compare the table")
    peer = subprocess.Popen([sys.executable, "-c", PEER], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        line = peer.stdout.readline()
        check(line, "the python3 peer did not report its sockets")
        expected = {(s["protocol"], endpoint(*s["local"]), endpoint(*s["remote"]), s["state"])
                    for s in json.loads(line)}

        result = run_cli(args.cli, "connections", "--all", "--json")
        check(result.returncode == 0, f"connections exited {result.returncode}: {result.stderr}")
        table = json_lines(result.stdout)
        check(table, "connections --all --json printed nothing")
        for row in table:
            for field in ("protocol", "family", "local", "remote", "state", "pid", "process",
                          "own", "recv_q", "send_q", "uid", "inode", "timer_ms"):
                check(field in row, f"field {field!r} missing in {row}")
        mine = [row for row in table if row["pid"] == peer.pid]
        got = {(r["protocol"], r["local"], r["remote"], r["state"]) for r in mine}
        check(got == expected, f"the python3 peer's sockets differ:\n  expected {sorted(expected)}"
                               f"\n  socklab-cli {sorted(got)}")
        for row in mine:
            check(row["process"] == "python3", f"process {row['process']!r} for pid {peer.pid}")
            check(row["own"] is False, f"a python3 socket is marked as SockLab's own: {row}")
            check(row["inode"] > 0, f"no inode for {row}")
            check(row["family"] == ("ipv6" if row["local"].startswith("[") else "ipv4"),
                  f"family of {row}")

        from_ss = ss_sockets_of(ss, peer.pid)
        check(from_ss == got, f"ss -tuanp and socklab-cli disagree:\n  ss {sorted(from_ss)}"
                              f"\n  socklab-cli {sorted(got)}")

        # The netstat filters on the same sockets.
        listening = json_lines(run_cli(args.cli, "connections", "--listening", "--json").stdout)
        got_listening = {(r["protocol"], r["local"], r["state"]) for r in listening
                         if r["pid"] == peer.pid}
        want_listening = {(p, l, s) for (p, l, _, s) in expected if s in ("LISTEN", "UNCONN")}
        check(got_listening == want_listening, f"--listening gave {sorted(got_listening)}")
        udp_only = json_lines(run_cli(args.cli, "connections", "--udp", "--all", "--json").stdout)
        check(all(r["protocol"] == "udp" for r in udp_only), "--udp printed a TCP socket")
        check({r["local"] for r in udp_only if r["pid"] == peer.pid}
              == {l for (p, l, _, _) in expected if p == "udp"}, "--udp missed a UDP socket")
    finally:
        peer.stdin.close()
        peer.wait(TIMEOUT)
    passed(f"connections: {len(expected)} sockets of a python3 peer, agreeing with ss -tuanp")


if __name__ == "__main__":
    main()
