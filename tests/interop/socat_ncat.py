# SPDX-License-Identifier: GPL-3.0-or-later
"""socat and ncat as peers of socklab-cli: tools nobody here wrote, in both roles, TCP and
UDP. Both must be installed (Debian packages socat and ncat); a missing one fails the test."""

import queue
import subprocess
import threading

from cliharness import (TIMEOUT, Cli, check, fail, free_port, json_lines, parse_args, passed,
                        require_tool, run_cli, wait_until_listening)


def read_lines_into(stream, sink):
    for raw in stream:
        sink.put(raw)
    sink.put(None)


def socat_client_to_echo_server(cli, socat):
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--max-connections", "1", "--json")
    port = server.listening_port()
    proc = subprocess.Popen([socat, "-T", "10", "-", f"TCP:127.0.0.1:{port}"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    lines = queue.Queue()
    threading.Thread(target=read_lines_into, args=(proc.stdout, lines), daemon=True).start()
    try:
        proc.stdin.write(b"hello socat\n")
        proc.stdin.flush()
        try:
            echoed = lines.get(timeout=TIMEOUT)
        except queue.Empty:
            echoed = None
        check(echoed == b"hello socat\n", f"socat got {echoed!r} back from --echo")
        proc.stdin.close()      # socat half-closes; the server closes; socat ends
        check(proc.wait(TIMEOUT) == 0, f"socat failed: {proc.stderr.read()!r}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
    server.expect_exit(0)
    received = "".join(e["text"] for e in server.events("received"))
    check(received == "hello socat\n", f"tcp-server printed {received!r}")


def socat_udp_to_server(cli, socat):
    server = Cli(cli, "udp-server", "--port", "0", "--max-datagrams", "1", "--json")
    port = server.listening_port()
    try:
        subprocess.run([socat, "-u", "-", f"UDP-SENDTO:127.0.0.1:{port}"],
                       input=b"hello socat udp", timeout=TIMEOUT, check=True)
    except (subprocess.SubprocessError, OSError) as error:
        server.kill()
        fail(f"socat UDP-SENDTO failed: {error}")
    server.expect_exit(0)
    texts = [e["text"] for e in server.events("received")]
    check(texts == ["hello socat udp"], f"udp-server printed {texts}")


def ncat_echo_server_for_client(cli, ncat):
    port = free_port()
    proc = subprocess.Popen([ncat, "-l", "127.0.0.1", str(port), "--exec", "/bin/cat"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        wait_until_listening(port, what="ncat -l")
        result = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port),
                         "--send", "hello ncat", "--read-bytes", "10", "--json")
        check(result.returncode == 0, f"tcp-client exited {result.returncode}: "
                                      f"{result.stderr}")
        text = "".join(e["text"] for e in json_lines(result.stdout) if e["event"] == "received")
        check(text == "hello ncat", f"tcp-client printed {text!r} from ncat --exec cat")
        proc.wait(TIMEOUT)      # without -k ncat ends with its one connection
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


def ncat_udp_receiver_for_client(cli, ncat):
    port = free_port()
    proc = subprocess.Popen([ncat, "-u", "-l", "127.0.0.1", str(port)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    chunks = queue.Queue()

    def pump():
        while data := proc.stdout.read1(4096):
            chunks.put(data)

    threading.Thread(target=pump, daemon=True).start()
    try:
        wait_until_listening(port, udp=True, what="ncat -u -l")
        result = run_cli(cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                         "--send", "hello ncat udp")
        check(result.returncode == 0, f"udp-client exited {result.returncode}: "
                                      f"{result.stderr}")
        try:
            data = chunks.get(timeout=TIMEOUT)
        except queue.Empty:
            data = None
        check(data == b"hello ncat udp", f"ncat -u -l printed {data!r}")
    finally:
        proc.kill()
        proc.wait(5)


def main():
    args = parse_args()
    socat = require_tool("socat")
    ncat = require_tool("ncat")
    if socat:
        socat_client_to_echo_server(args.cli, socat)
        socat_udp_to_server(args.cli, socat)
    if ncat:
        ncat_echo_server_for_client(args.cli, ncat)
        ncat_udp_receiver_for_client(args.cli, ncat)
    if not socat or not ncat:
        fail("socat and ncat are both required for this interop test (see above)")
    passed("socat and ncat talk to socklab-cli over TCP and UDP, both roles")


if __name__ == "__main__":
    main()
