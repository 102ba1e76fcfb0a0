# SPDX-License-Identifier: GPL-3.0-or-later
"""udp-client --wait-replies: after its last datagram the client stays for late replies (as
`ncat -u -i` does) until none has come for the given time, prints them (--raw: their bytes
exactly), and exits 1 with one sentence when no reply came at all. The peer is a python3 UDP
socket that answers late and twice; 127.0.0.1 only; every wait is bounded."""

import socket
import subprocess
import threading
import time

from cliharness import TIMEOUT, check, parse_args, passed


def late_answerer(sock, delay, stop):
    """Answers every datagram twice, `delay` seconds after it and again 0.1 s later."""
    sock.settimeout(0.2)
    while not stop.is_set():
        try:
            data, peer = sock.recvfrom(65535)
        except socket.timeout:
            continue
        time.sleep(delay)
        sock.sendto(b"R:" + data, peer)
        time.sleep(0.1)
        sock.sendto(b"again", peer)


def run(cli, args, stdin=None):
    return subprocess.run([cli, "udp-client", *args], input=stdin, capture_output=True,
                          timeout=TIMEOUT)


def main():
    cli = parse_args().cli
    stop = threading.Event()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
        peer.bind(("127.0.0.1", 0))
        port = str(peer.getsockname()[1])
        answerer = threading.Thread(target=late_answerer, args=(peer, 0.3, stop), daemon=True)
        answerer.start()
        try:
            # Without the option the client leaves as soon as its datagram is sent: the reply,
            # 0.3 s later, is not awaited (the documented default).
            quick = run(cli, ["--host", "127.0.0.1", "--port", port, "--send", "q", "--raw"])
            check(quick.returncode == 0, f"udp-client exited {quick.returncode}: {quick.stderr!r}")
            check(quick.stdout == b"", f"without --wait-replies it printed {quick.stdout!r}")
            time.sleep(0.5)  # let the peer's answers to that one go nowhere

            # Both late answers are printed, exactly, and the client then ends by itself.
            began = time.monotonic()
            waited = run(cli, ["--host", "127.0.0.1", "--port", port, "--send", "hi",
                               "--wait-replies", "600", "--raw"])
            took = time.monotonic() - began
            check(waited.returncode == 0,
                  f"--wait-replies exited {waited.returncode}: {waited.stderr!r}")
            check(waited.stdout == b"R:hiagain", f"--wait-replies printed {waited.stdout!r}")
            check(took < TIMEOUT / 2, f"--wait-replies 600 took {took:.1f} s")
            time.sleep(0.2)

            # Standard input, a datagram per line: the replies of every line come.
            piped = run(cli, ["--host", "127.0.0.1", "--port", port, "--wait-replies", "600",
                              "--json"], stdin=b"a\nb\n")
            check(piped.returncode == 0, f"piped --wait-replies exited {piped.returncode}")
            received = piped.stdout.count(b'"event":"received"')
            check(received == 4, f"piped --wait-replies logged {received} replies, not 4: "
                                 f"{piped.stdout[-400:]!r}")
        finally:
            stop.set()
            answerer.join(timeout=TIMEOUT)

    # Nobody answers: exit 1 and one sentence naming the wait.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        port = str(silent.getsockname()[1])
        none = run(cli, ["--host", "127.0.0.1", "--port", port, "--send", "x",
                         "--wait-replies", "200"])
        check(none.returncode == 1, f"no reply: exit {none.returncode}, not 1")
        check(none.stderr.decode().strip().endswith(
            "No reply arrived within 200 ms of the last datagram."),
            f"no reply: stderr {none.stderr!r}")

    # Options that make no sense are refused.
    bad = run(cli, ["--host", "127.0.0.1", "--port", "9", "--send", "x", "--count", "0",
                    "--wait-replies", "100"])
    check(bad.returncode == 2, f"--count 0 --wait-replies: exit {bad.returncode}, not 2")
    zero = run(cli, ["--host", "127.0.0.1", "--port", "9", "--send", "x", "--wait-replies", "0"])
    check(zero.returncode == 2, f"--wait-replies 0: exit {zero.returncode}, not 2")
    passed("udp-client --wait-replies: late replies printed exactly, exit 1 when none came")


if __name__ == "__main__":
    main()
