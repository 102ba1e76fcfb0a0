# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli tcp-server/udp-server answering by rule (--rules FILE, --reply-if), driven by
python3 socket peers on 127.0.0.1: exact, regex (capture groups) and hex rules from a JSON file,
the --reply-if shorthand with an escaped '=', a rule's close seen by the peer as EOF and its
reset as ECONNRESET, a catastrophic regular expression fed hostile input (the server keeps
answering other messages), a flood of delayed-reply triggers (refused beyond the bound, memory
bounded), and bad options refused with exit status 2 and one sentence."""

import json
import os
import signal
import socket
import tempfile
import time

from cliharness import (TIMEOUT, Cli, check, check_memory, parse_args, passed, rss_bytes,
                        run_cli)

RULES = {
    "format": "socklab-rules", "version": 1,
    "default": {"action": "none"},
    "rules": [
        {"match": "exact", "pattern": "PING", "action": "reply", "reply": "PONG\\n"},
        {"match": "regex", "pattern": "^GET (\\S+) (\\d+)", "action": "reply",
         "reply": "got {{group:1}} #{{group:2}}\\n"},
        {"match": "hex", "pattern": "02 ?? 03", "action": "reply", "reply": "06 15",
         "format": "hex"},
        {"match": "exact", "pattern": "bye", "action": "close"},
        {"match": "exact", "pattern": "rst", "action": "reset"},
        {"match": "prefix", "pattern": "slow", "action": "reply", "reply": "late",
         "delayMs": 300},
        {"match": "regex", "pattern": "^(a+)+$", "action": "reply", "reply": "never"},
        {"match": "contains", "pattern": "spam", "action": "drop"},
        {"match": "prefix", "pattern": "flood", "action": "reply", "reply": "late",
         "delayMs": 2000},
    ],
}


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def recv_exactly(s, n):
    data = b""
    while len(data) < n:
        chunk = s.recv(n - len(data))
        check(chunk, f"connection ended after {data!r}, {n} bytes expected")
        data += chunk
    return data


def wait_received(server, total, what):
    """Waits until the server logged `total` received bytes in all: TCP is a byte stream, so a
    message sent right after another may arrive in the same recv() and be one message."""
    def received():
        return sum(json.loads(l)["bytes"] for l in server.lines if '"event":"received"' in l)
    server.wait_for_line(lambda _: received() >= total, what)


def interrupt(server):
    server.proc.send_signal(signal.SIGINT)
    server.expect_exit(0)


def infos(server, part):
    return [e for e in server.events("info") if part in e["message"]]


def tcp_rules(cli, rules_path):
    server = Cli(cli, "tcp-server", "--port", "0", "--json", "--rules", rules_path,
                 "--reply-if", "a\\=b=equal\\n", "--reply-if", "/^id (\\d+)$/=ID {{group:1}}")
    port = server.listening_port()
    s = connect(port)
    sent = 0

    def ask(request, expected):
        nonlocal sent
        s.sendall(request)
        sent += len(request)
        got = recv_exactly(s, len(expected))
        check(got == expected, f"sent {request!r}: expected {expected!r}, got {got!r}")

    def send_alone(request, what):
        nonlocal sent
        s.sendall(request)
        sent += len(request)
        wait_received(server, sent, what)

    ask(b"PING", b"PONG\n")
    ask(b"GET /index 42", b"got /index #42\n")
    ask(b"\x02\x99\x03", b"\x06\x15")
    ask(b"a=b", b"equal\n")
    ask(b"id 7", b"ID 7")
    started = time.monotonic()
    ask(b"slow please", b"late")
    check(time.monotonic() - started >= 0.3, "the delayed reply came before its 300 ms")
    send_alone(b"spam and eggs", "the spam message")
    ask(b"PING", b"PONG\n")   # the dropped message got nothing back: PONG comes first
    passed("tcp-server --rules: exact, regex with groups, hex, delay, drop; --reply-if with \\=")

    # A rule's close is a FIN (EOF), its reset a RST (ECONNRESET).
    closing = connect(port)
    closing.sendall(b"bye")
    check(closing.recv(100) == b"", "no EOF after the close rule")
    closing.close()
    resetting = connect(port)
    resetting.sendall(b"rst")
    try:
        data = resetting.recv(100)
        check(False, f"recv() returned {data!r}, not ECONNRESET")
    except ConnectionResetError:
        pass
    resetting.close()
    passed("a close rule ends the stream with EOF, a reset rule with ECONNRESET")

    # A catastrophic regular expression against hostile input: the guard stops it and the
    # server goes on answering (within the harness timeout, on the same connection).
    started = time.monotonic()
    send_alone(b"a" * 40 + b"!", "the hostile message")
    server.wait_for_line(lambda l: "gave up after" in l, "the regex guard's note")
    ask(b"PING", b"PONG\n")
    # Many of them (unframed, a TCP message is at most one 64 KiB read: never over the bytes
    # a regular expression may look at).
    send_alone((b"a" * 30 + b"!") * 4000, "the hostile flood")
    ask(b"PING", b"PONG\n")
    passed(f"a catastrophic regex on hostile input did not stall the server "
           f"({time.monotonic() - started:.2f} s for both)")

    s.close()
    interrupt(server)
    # Every decision names its rule: an immediate reply on its own sent row, the rest on a
    # narration row; the unmatched hostile input has none.
    fired = [e for e in server.events("info") + server.events("sent") if " -> " in e["message"]]
    check(any(e["event"] == "sent" and e["message"].startswith("send(): rule 1 (")
              and e["message"].endswith(" -> reply") for e in fired),
          f"no sent row naming rule 1 in {fired}")
    check(any("-> close()" in e["message"] for e in fired), "no close row")
    check(any("-> reset (RST)" in e["message"] for e in fired), "no reset row")
    check(any("in 300 ms" in e["message"] for e in fired), "no delayed row")
    passed(f"the log names the rule behind each reply, close and reset ({len(fired)} rows)")


def udp_rules(cli, rules_path):
    server = Cli(cli, "udp-server", "--port", "0", "--json", "--rules", rules_path,
                 "--reply", "fallback")
    port = server.listening_port()
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
    peer.settimeout(TIMEOUT)
    peer.bind(("127.0.0.1", 0))

    def ask_udp(request, expected):
        peer.sendto(request, ("127.0.0.1", port))
        got, _ = peer.recvfrom(65536)
        check(got == expected, f"sent {request!r}: expected {expected!r}, got {got!r}")

    ask_udp(b"PING", b"PONG\n")
    ask_udp(b"GET /x 1", b"got /x #1\n")
    peer.sendto(b"bye", ("127.0.0.1", port))   # close acts as drop
    peer.sendto(b"rst", ("127.0.0.1", port))
    ask_udp(b"whatever", b"fallback")          # --reply became the rules' default
    server.wait_for_line(lambda l: "no connection to close" in l, "close acting as drop")
    server.wait_for_line(lambda l: "reset acts as drop" in l, "reset acting as drop")
    check(len(infos(server, "no connection to close")) == 1,
          f"close/reset on UDP not explained once: {server.events('info')}")
    passed("udp-server --rules: replies, groups, --reply as default, close acts as drop")

    # A flood of delayed-reply triggers: at most 1024 wait, the rest are refused by name, and
    # the replies that were queued come out after their delay.
    rss_before = rss_bytes(server.proc.pid)
    flood = 5000
    for i in range(flood):
        peer.sendto(b"flood %d" % i, ("127.0.0.1", port))
    server.wait_for_line(lambda l: '"event":"error"' in l and "1024" in l,
                         "an error naming the bound of 1024")
    peer.settimeout(5)
    replies = 0
    try:
        while replies < flood:
            got, _ = peer.recvfrom(65536)
            check(got == b"late", f"unexpected reply {got!r} in the flood")
            replies += 1
    except socket.timeout:
        pass
    check(0 < replies <= 1024, f"{replies} delayed replies for {flood} triggers (bound 1024)")
    rss_after = rss_bytes(server.proc.pid)
    check_memory(rss_after < 2 * rss_before + 16 * 1024 * 1024,
                 f"RSS grew from {rss_before} to {rss_after} during the flood")
    peer.close()
    interrupt(server)
    errors = server.events("error")
    check(len(errors) >= flood - 1024 - 50,
          f"only {len(errors)} refusals for {flood} triggers over a bound of 1024")
    passed(f"{flood} delayed triggers: {replies} replies, {len(errors)} refused by name, "
           f"RSS {rss_before // 1024} -> {rss_after // 1024} KiB")


def usage_errors(cli, tmp):
    conflicting = os.path.join(tmp, "with-default.json")
    with open(conflicting, "w") as f:
        json.dump({"rules": [], "default": {"action": "echo"}}, f)
    bad_regex = os.path.join(tmp, "bad-regex.json")
    with open(bad_regex, "w") as f:
        json.dump({"rules": [{"match": "regex", "pattern": "(unclosed", "action": "drop"}]}, f)
    cases = [
        (["tcp-server", "--reply-if", "no separator"], "'='"),
        (["tcp-server", "--reply-if", "=x"], "nothing to match"),
        (["tcp-server", "--reply-if", "/(oops/=x"], "regular expression"),
        (["tcp-server", "--reply-if", "a=\\q"], "REPLY"),
        (["tcp-server", "--rules", os.path.join(tmp, "missing.json")], "missing.json"),
        (["tcp-server", "--rules", conflicting, "--echo"], "--echo"),
        (["udp-server", "--rules", bad_regex], "bad-regex.json"),
    ]
    for arguments, part in cases:
        result = run_cli(cli, *arguments, "--port", "0")
        check(result.returncode == 2, f"{arguments} exited {result.returncode}, expected 2; "
                                      f"stderr {result.stderr!r}")
        lines = result.stderr.strip().splitlines()
        check(len(lines) == 1 and part in lines[0],
              f"{arguments}: expected one sentence naming {part!r}, got {result.stderr!r}")
    passed(f"{len(cases)} bad rule options: exit status 2 and one sentence each")


def main():
    args = parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="socklab-rules-")
    # The library lookup must never read the user's own files.
    os.environ["HOME"] = tmp.name
    os.environ["XDG_DATA_HOME"] = os.path.join(tmp.name, "data")
    rules_path = os.path.join(tmp.name, "rules.json")
    with open(rules_path, "w") as f:
        json.dump(RULES, f)
    tcp_rules(args.cli, rules_path)
    udp_rules(args.cli, rules_path)
    usage_errors(args.cli, tmp.name)


if __name__ == "__main__":
    main()
