# SPDX-License-Identifier: GPL-3.0-or-later
"""udp-client and tcp-client --count/--rate/--interval (issue 10): every datagram counted by a
python3 receiver, --rate 0 as fast as possible, --rate with --interval refused, --count 0 until
Ctrl+C (then a planned end, exit 0), a counted run cut by Ctrl+C exits 130, and --stats prints
the achieved rate. Counts, never timings. Loopback only; every wait is bounded."""

import re
import signal
import socket
import threading
import time

from cliharness import TIMEOUT, Cli, check, fail, parse_args, passed, run_cli


class Receiver:
    """Counts every datagram on 127.0.0.1 (a big receive buffer: bursts must not drop)."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.count = 0
        self.payloads = set()
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @property
    def port(self):
        return str(self.sock.getsockname()[1])

    def _run(self):
        deadline = time.monotonic() + 60
        while not self._stop and time.monotonic() < deadline:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            self.count += 1
            self.payloads.add(data)

    def wait_for(self, count, what):
        deadline = time.monotonic() + TIMEOUT
        while self.count < count:
            if time.monotonic() > deadline:
                fail(f"{what}: received {self.count} datagrams, expected {count}")
            time.sleep(0.01)

    def settle(self):
        """Waits until nothing more arrives for 0.5 s (bounded), then stops."""
        last, deadline = -1, time.monotonic() + TIMEOUT
        while self.count != last and time.monotonic() < deadline:
            last = self.count
            time.sleep(0.5)
        self._stop = True
        self.thread.join(TIMEOUT)
        self.sock.close()


def summary_sent(lines):
    for line in lines:
        match = re.search(r"repeat: sent (\d+)", line)
        if match:
            return int(match.group(1))
    fail(f"no repeat summary in {lines!r}")


def fastest(cli):
    receiver = Receiver()
    result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", receiver.port,
                     "--send", "x" * 64, "--count", "5000", "--rate", "0", "--stats")
    check(result.returncode == 0, f"--rate 0: exit {result.returncode} {result.stderr!r}")
    receiver.settle()
    check(receiver.count == 5000, f"--rate 0: the receiver counted {receiver.count} of 5000")
    check("repeat: sent 5000 of 5000 messages" in result.stdout,
          f"--stats has no achieved rate: {result.stdout!r}")
    check(re.search(r"achieved rate [0-9.]+ messages/s", result.stdout), result.stdout)
    check("sent 5000 messages" in result.stdout, f"summary: {result.stdout!r}")
    passed("udp-client --count 5000 --rate 0: 5000 datagrams counted, --stats prints the rate")


def paced(cli):
    receiver = Receiver()
    result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", receiver.port,
                     "--send", "tick", "--count", "300", "--rate", "1000", "--stats")
    check(result.returncode == 0, f"--rate 1000: exit {result.returncode} {result.stderr!r}")
    receiver.settle()
    check(receiver.count == 300, f"--rate 1000: the receiver counted {receiver.count} of 300")
    receiver = Receiver()
    result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", receiver.port,
                     "--send", "x", "--count", "3", "--interval", "0.5")
    check(result.returncode == 0, f"--interval 0.5: exit {result.returncode} {result.stderr!r}")
    receiver.settle()
    check(receiver.count == 3, f"--interval 0.5: the receiver counted {receiver.count} of 3")
    passed("udp-client --count 300 --rate 1000: every datagram counted; --interval takes "
           "fractions of a millisecond")


def usage_errors(cli):
    for args, needle in ((["--rate", "10", "--interval", "5"], "not both"),
                         (["--rate", "-1"], "--rate"), (["--count", "x"], "--count")):
        result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", "9", "--send", "x",
                         *args)
        lines = result.stderr.splitlines()
        check(result.returncode == 2 and len(lines) == 1 and needle in lines[0],
              f"{args}: exit {result.returncode}, stderr {result.stderr!r}")
    passed("--rate with --interval, a negative rate, a malformed count: exit 2, one sentence")


def until_interrupted(cli):
    receiver = Receiver()
    client = Cli(cli, "udp-client", "--host", "127.0.0.1", "--port", receiver.port, "--send",
                 "again", "--count", "0", "--rate", "200", "--stats")
    receiver.wait_for(20, "--count 0")
    client.proc.send_signal(signal.SIGINT)
    client.expect_exit(0)
    receiver.settle()
    sent = summary_sent(client.lines)
    check(sent == receiver.count, f"--count 0: the summary says {sent} sent, the receiver "
                                  f"counted {receiver.count}")
    passed(f"udp-client --count 0: sends until Ctrl+C, exit 0, {sent} sent = {sent} counted")

    receiver = Receiver()
    client = Cli(cli, "udp-client", "--host", "127.0.0.1", "--port", receiver.port, "--send",
                 "cut", "--count", "100000", "--rate", "200", "--stats")
    receiver.wait_for(10, "--count 100000")
    client.proc.send_signal(signal.SIGINT)
    client.expect_exit(130)
    receiver.settle()
    sent = summary_sent(client.lines)
    check(sent == receiver.count and sent < 100000,
          f"cut short: summary {sent}, receiver {receiver.count}")
    passed(f"udp-client --count 100000 cut by Ctrl+C: exit 130, {sent} sent = counted")


def tcp_repeat(cli):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        got = bytearray()

        def reader():
            connection, _ = listener.accept()
            with connection:
                connection.settimeout(TIMEOUT)
                while True:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    got.extend(chunk)
        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        result = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port",
                         str(listener.getsockname()[1]), "--send", "ab", "--count", "1000",
                         "--rate", "0", "--timeout", "300", "--stats")
        thread.join(TIMEOUT)
    check(result.returncode == 0, f"tcp-client --count: exit {result.returncode} "
                                  f"{result.stderr!r}")
    check(bytes(got) == b"ab" * 1000, f"tcp-client --count 1000: the peer got {len(got)} bytes")
    check("repeat: sent 1000 of 1000 messages" in result.stdout, result.stdout)
    passed("tcp-client --send ab --count 1000 --rate 0: 2000 bytes delivered, in order")


def main():
    args = parse_args()
    fastest(args.cli)
    paced(args.cli)
    usage_errors(args.cli)
    until_interrupted(args.cli)
    tcp_repeat(args.cli)


if __name__ == "__main__":
    main()
