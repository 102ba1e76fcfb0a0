# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli's exit statuses as a script sees them: SIGINT/SIGTERM stop a server cleanly
(0), network failures are 1, usage and input errors are 2, each with one line on stderr."""

import signal
import socket

from cliharness import Cli, check, free_port, parse_args, passed, run_cli, wait_until_listening


def interrupt_server(cli, command, signal_number):
    udp = command == "udp-server"
    server = Cli(cli, command, "--port", "0", "--json")
    port = server.listening_port()
    wait_until_listening(port, udp=udp, what=command)
    server.proc.send_signal(signal_number)
    server.expect_exit(0)
    check(server.stderr() == "", f"{command} wrote to stderr: {server.stderr()!r}")
    check(any("close()" in e["message"] for e in server.events("info")),
          f"{command} did not narrate its close(): {server.lines}")


def expect_failure(cli, code, needle, *args):
    result = run_cli(cli, *args, timeout=60)
    check(result.returncode == code,
          f"{' '.join(args)} exited {result.returncode}, expected {code}: {result.stderr!r}")
    lines = result.stderr.splitlines()
    check(len(lines) == 1 and lines[0].startswith("socklab-cli: "),
          f"{' '.join(args)}: expected one stderr line, got {result.stderr!r}")
    check(needle.lower() in lines[0].lower(), f"{needle!r} not in {lines[0]!r}")


def main():
    args = parse_args()
    cli = args.cli
    interrupt_server(cli, "tcp-server", signal.SIGTERM)
    interrupt_server(cli, "tcp-server", signal.SIGINT)
    interrupt_server(cli, "udp-server", signal.SIGINT)

    closed_port = free_port()
    expect_failure(cli, 1, "refused", "tcp-client", "--host", "127.0.0.1",
                   "--port", str(closed_port))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as occupant:
        occupant.bind(('127.0.0.1', 0))
        occupant.listen(1)
        expect_failure(cli, 1, str(occupant.getsockname()[1]), "tcp-server", "--port",
                       str(occupant.getsockname()[1]))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as occupant:
        occupant.bind(('127.0.0.1', 0))
        expect_failure(cli, 1, str(occupant.getsockname()[1]), "udp-server", "--port",
                       str(occupant.getsockname()[1]))
    expect_failure(cli, 1, "no-such-host.invalid", "tcp-client", "--host",
                   "no-such-host.invalid", "--port", "1")

    for port in ("abc", "65536", "-1", ""):
        expect_failure(cli, 2, "port", "tcp-server", f"--port={port}")
    expect_failure(cli, 2, "port 0", "tcp-client", "--host", "127.0.0.1", "--port", "0")
    expect_failure(cli, 2, "position", "udp-client", "--host", "127.0.0.1", "--port", "9",
                   "--hex", "--send", "4g")
    expect_failure(cli, 2, "nope", "udp-server", "--nope")
    expect_failure(cli, 2, "frobnicate", "connections", "--frobnicate")
    expect_failure(cli, 2, "/no/such/file", "udp-client", "--host", "127.0.0.1", "--port",
                   "9", "--file", "/no/such/file")
    passed("signals exit 0, network failures 1, usage errors 2, one stderr line each")


if __name__ == "__main__":
    main()
