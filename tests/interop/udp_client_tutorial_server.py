# SPDX-License-Identifier: GPL-3.0-or-later
"""The tutorial's UDP server (server_udp.py, on a free port) and five runs of
socklab-cli udp-client --send "Hello Server!"."""

import socket

from cliharness import check, fail, json_lines, parse_args, passed, run_cli


def main():
    args = parse_args()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(10)
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]

    count = 0
    while count < 5:
        result = run_cli(args.cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                         "--send", "Hello Server!", "--json")
        check(result.returncode == 0, f"run #{count + 1} exited {result.returncode}: "
                                      f"{result.stderr}")
        try:
            data, addr = s.recvfrom(4096)
        except socket.timeout:
            fail(f"run #{count + 1}: no datagram arrived within 10 s")
        print(data, addr)
        check(data == b'Hello Server!', f"received {data!r}")
        sent = [e for e in json_lines(result.stdout) if e["event"] == "sent"]
        check(len(sent) == 1, f"expected one sent event, got {sent}")
        # The kernel bound the CLI's socket to 0.0.0.0 on sendto(), like the tutorial's client.
        check(sent[0]["local"].rsplit(":", 1)[1] == str(addr[1]),
              f"CLI says it sent from {sent[0]['local']}, the server saw {addr}")
        check(sent[0]["peer"] == f"127.0.0.1:{port}", f"peer {sent[0]['peer']}")
        count += 1
    s.close()
    passed("the tutorial's UDP server receives exactly b'Hello Server!' five times")


if __name__ == "__main__":
    main()
