# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli <command> --as-python prints a python3 program that behaves like the command:
each of the four programs is run by python3 against the real socklab-cli in the opposite role
on 127.0.0.1 (port 0), and the bytes each side received are compared with what the other sent."""

import ast
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cliharness import Cli, check, fail, parse_args, passed, run_cli  # noqa: E402

# A text payload with non-ASCII characters (written as '...'.encode('utf-8')) and a binary one
# that is not UTF-8 (written as b'...' with \x escapes).
TEXT = "こんにちは\tSockLab\n"
TEXT_BYTES = TEXT.encode("utf-8")
BINARY_ARG = "\\x00\\xffsock'\\\\\\r\\n"
BINARY_BYTES = b"\x00\xffsock'\\\r\n"
GREETING = "ようこそ!\n"
COUNT = 3


def generate(cli, *args):
    result = run_cli(cli, *args, "--as-python")
    check(result.returncode == 0, f"{' '.join(args)} --as-python exited {result.returncode}: "
                                  f"{result.stderr!r}")
    check(result.stderr == "", f"--as-python wrote to stderr: {result.stderr!r}")
    try:
        ast.parse(result.stdout)
    except SyntaxError as error:
        fail(f"{' '.join(args)} --as-python is not Python ({error}):\n{result.stdout}")
    return result.stdout


class Program:
    """A generated program running under python3, its output read line by line."""

    def __init__(self, source, directory, name):
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        self.cli = Cli(sys.executable, "-u", path)

    def port(self, prefix):
        line = self.cli.wait_for_line(lambda l: l.startswith(prefix), prefix)
        return ast.literal_eval(line[len(prefix):])[1]

    def received(self):
        """The bytes the program printed (print(data) lines), in order."""
        chunks = []
        for line in self.cli.lines:
            if line.startswith(("b'", 'b"')):
                chunks.append(ast.literal_eval(line))
            elif line.startswith("(b'") or line.startswith('(b"'):
                chunks.append(ast.literal_eval(line)[0])
        return chunks

    def finish(self):
        self.cli.expect_exit(0)


def udp_lines(program):
    # print(data, addr) prints "b'...' ('127.0.0.1', 5000)": the bytes are the first literal.
    chunks = []
    for line in program.cli.lines:
        if line.startswith(("b'", 'b"')):
            literal, _, _ = line.rpartition(" (")
            chunks.append(ast.literal_eval(literal))
    return chunks


def received_bytes(cli):
    return b"".join(bytes.fromhex(e["payload_hex"]) for e in cli.events("received"))


def tcp_server_program(cli, directory):
    source = generate(cli, "tcp-server", "--port", "0", "--greeting", GREETING, "--echo",
                      "--max-connections", "1")
    program = Program(source, directory, "tcp_server.py")
    port = program.port("Listening on ")
    expected_back = GREETING.encode() + TEXT_BYTES * COUNT
    client = Cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port), "--send", TEXT,
                 "--count", str(COUNT), "--interval", "0",
                 "--read-bytes", str(len(expected_back)), "--json")
    client.expect_exit(0)
    program.finish()
    got = received_bytes(client)
    check(got == expected_back, f"socklab-cli got {got!r} from the python tcp-server, "
                                f"expected {expected_back!r}")
    sent = b"".join(program.received())
    check(sent == TEXT_BYTES * COUNT, f"the python tcp-server got {sent!r}, expected "
                                      f"{TEXT_BYTES * COUNT!r}")
    passed("tcp-server --as-python greets and echoes like socklab-cli tcp-server --echo")


def tcp_client_program(cli, directory):
    server = Cli(cli, "tcp-server", "--port", "0", "--greeting", GREETING,
                 "--max-connections", "1", "--json")
    port = server.listening_port()
    source = generate(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port),
                      "--send", TEXT, "--count", str(COUNT), "--interval", "0",
                      "--read-bytes", str(len(GREETING.encode())), "--timeout", "10000")
    program = Program(source, directory, "tcp_client.py")
    program.finish()
    server.expect_exit(0)
    got = received_bytes(server)
    check(got == TEXT_BYTES * COUNT, f"socklab-cli tcp-server got {got!r} from the python "
                                     f"client, expected {TEXT_BYTES * COUNT!r}")
    greeting = b"".join(program.received())
    check(greeting == GREETING.encode(), f"the python client got {greeting!r}, expected the "
                                         f"greeting {GREETING.encode()!r}")
    passed("tcp-client --as-python sends --count messages and reads --read-bytes")


def udp_server_program(cli, directory):
    source = generate(cli, "udp-server", "--port", "0", "--max-datagrams", str(COUNT),
                      "--reply", "ok\\n")
    program = Program(source, directory, "udp_server.py")
    port = program.port("Bound to ")
    # --interval lets the replies arrive while the client still runs and logs them.
    client = Cli(cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                 "--send", BINARY_ARG, "--count", str(COUNT), "--interval", "200", "--json")
    client.expect_exit(0)
    program.finish()
    datagrams = udp_lines(program)
    check(datagrams == [BINARY_BYTES] * COUNT, f"the python udp-server got {datagrams!r}, "
                                               f"expected {COUNT} x {BINARY_BYTES!r}")
    sent = [bytes.fromhex(e["payload_hex"]) for e in client.events("sent")]
    check(sent == [BINARY_BYTES] * COUNT, f"socklab-cli udp-client sent {sent!r}")
    replies = [bytes.fromhex(e["payload_hex"]) for e in client.events("received")]
    check(replies and all(r == b"ok\n" for r in replies),
          f"socklab-cli udp-client saw replies {replies!r}, expected b'ok\\n' each")
    passed("udp-server --as-python receives each datagram whole and replies")


def udp_client_program(cli, directory):
    server = Cli(cli, "udp-server", "--port", "0", "--max-datagrams", str(COUNT), "--json")
    port = server.listening_port()
    source = generate(cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                      "--send", TEXT, "--count", str(COUNT), "--interval", "10")
    check("time.sleep(0.01)" in source, "the paced udp-client program does not sleep 10 ms")
    program = Program(source, directory, "udp_client.py")
    program.finish()
    server.expect_exit(0)
    got = [bytes.fromhex(e["payload_hex"]) for e in server.events("received")]
    check(got == [TEXT_BYTES] * COUNT, f"socklab-cli udp-server got {got!r}, expected "
                                       f"{COUNT} x {TEXT_BYTES!r}")
    passed("udp-client --as-python sends --count datagrams")


def opens_nothing_and_states_what_it_leaves_out(cli):
    # A port that is in use: --as-python must not bind it, so it still succeeds.
    import socket
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        source = generate(cli, "tcp-server", "--port", str(port), "--frame", "line",
                          "--reply-if", "ping=pong")
    check("--frame" in source and "--reply-if" in source,
          f"the options the program cannot do are not named at its top:\n{source}")
    head = source.split("import socket")[0]
    check(head.count("\n#") + 1 >= 4, f"expected one comment per left-out option:\n{head}")
    bad = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", "70000", "--as-python")
    check(bad.returncode == 2 and bad.stdout == "", f"a bad port gave {bad.returncode}, "
                                                    f"stdout {bad.stdout!r}")
    # A newline in an option must not end the comment that quotes the command line.
    generate(cli, "udp-client", "--host", "127.0.0.1", "--port", "9", "--send", "a\nprint(1)")
    passed("--as-python opens no socket, names what it leaves out, rejects bad input")


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as directory:
        tcp_server_program(args.cli, directory)
        tcp_client_program(args.cli, directory)
        udp_server_program(args.cli, directory)
        udp_client_program(args.cli, directory)
    opens_nothing_and_states_what_it_leaves_out(args.cli)


if __name__ == "__main__":
    main()
