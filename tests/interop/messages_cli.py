# SPDX-License-Identifier: GPL-3.0-or-later
"""socklab-cli messages list|import|export and udp-client --library/--message against the real
binary: Packet Sender's files are imported with their warnings on stderr, an export re-imports
byte-identically, a library message leaves as exactly its bytes (a python3 UDP socket on
127.0.0.1 receives them), and a damaged library is one clear sentence and exit status 2, the
file left as it was. HOME and XDG_DATA_HOME point into a temporary folder: the user's own
library is never touched."""

import json
import os
import socket
import tempfile

from cliharness import check, json_lines, parse_args, passed, run_cli

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "fixtures",
                        "packetsender")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def udp_receiver():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(10)
    s.bind(("127.0.0.1", 0))
    return s


def library_document(messages):
    return json.dumps({"format": "socklab-messages", "version": 1,
                       "messages": messages}).encode()


def main():
    args = parse_args()
    home = tempfile.TemporaryDirectory(prefix="socklab-messages-")
    os.environ["HOME"] = home.name
    os.environ["XDG_DATA_HOME"] = os.path.join(home.name, "data")
    default_library = os.path.join(home.name, "data", "SockLab", "SockLab", "messages.json")
    tmp = lambda name: os.path.join(home.name, name)

    # No library yet: the starter set is listed, and nothing is written.
    result = run_cli(args.cli, "messages", "list", "--json")
    check(result.returncode == 0, f"list exited {result.returncode}: {result.stderr}")
    starter = json_lines(result.stdout)
    check(len(starter) == 7, f"expected the 7 starter messages, got {starter}")
    check(all(m["host"] == "127.0.0.1" for m in starter), f"starter not on loopback: {starter}")
    check(not os.path.exists(default_library), "listing wrote the library")
    passed("without a library the starter set is listed and nothing is written")

    # Packet Sender's packets.ini into the default library (the window's file).
    result = run_cli(args.cli, "messages", "import", os.path.join(FIXTURES, "packets.ini"))
    check(result.returncode == 0, f"import exited {result.returncode}: {result.stderr}")
    check("Imported 7 message(s)" in result.stdout, f"stdout: {result.stdout!r}")
    for name in ("Secure hello", "Bad hex", "HTTP get page", "Spoofed source"):
        check(f'"{name}"' in result.stderr, f"no warning about {name}: {result.stderr!r}")
    check(result.stderr.count("\n") == 9, f"expected 9 warning lines: {result.stderr!r}")
    check(os.path.exists(default_library), f"{default_library} was not created")
    result = run_cli(args.cli, "messages", "import",
                     os.path.join(FIXTURES, "packets-export.json"))
    check(result.returncode == 0, f"JSON import exited {result.returncode}: {result.stderr}")
    check("Imported 4 message(s)" in result.stdout, f"stdout: {result.stdout!r}")
    check('"DTLS ping"' in result.stderr, f"stderr: {result.stderr!r}")
    passed("packets.ini and the JSON export are imported, every unmapped field on stderr")

    result = run_cli(args.cli, "messages", "list", "--json")
    listed = {m["name"]: m for m in json_lines(result.stdout)}
    check(len(listed) == 18, f"expected 7 + 7 + 4 messages, got {list(listed)}")
    heartbeat = listed["Heartbeat UDP"]
    check((heartbeat["protocol"], heartbeat["host"], heartbeat["port"], heartbeat["size"])
          == ("udp", "127.0.0.1", 9000, 6), f"Heartbeat UDP: {heartbeat}")
    check("温度センサー" in listed, f"unicode name lost: {list(listed)}")
    check(listed["Secure hello"]["protocol"] is None, f"SSL got a target: {listed}")
    result = run_cli(args.cli, "messages", "list")
    check(result.returncode == 0 and "Heartbeat UDP" in result.stdout
          and "udp 127.0.0.1:9000" in result.stdout, f"table: {result.stdout!r}")
    passed("list --json and the table show name, folder, target and size")

    # Export, import into a fresh library, export again: the same bytes.
    first, second, fresh = tmp("first.json"), tmp("second.json"), tmp("fresh/messages.json")
    result = run_cli(args.cli, "messages", "export", first)
    check(result.returncode == 0, f"export exited {result.returncode}: {result.stderr}")
    check(json.loads(read(first))["format"] == "socklab-messages", "export is not our format")
    result = run_cli(args.cli, "messages", "import", first, "--library", fresh)
    check(result.returncode == 0, f"re-import exited {result.returncode}: {result.stderr}")
    check(result.stderr == "", f"our own format gave warnings: {result.stderr!r}")
    result = run_cli(args.cli, "messages", "export", second, "--library", fresh)
    check(result.returncode == 0, f"second export exited {result.returncode}")
    check(read(first) == read(second), "export, import, export is not byte-identical")
    # Importing the same file again adds nothing.
    result = run_cli(args.cli, "messages", "import", first, "--library", fresh)
    check("Imported 0 message(s)" in result.stdout, f"stdout: {result.stdout!r}")
    passed("export -> import -> export is byte-identical, and a second import adds nothing")

    # A library message leaves as exactly its bytes; its target stands in for --host/--port.
    receiver = udp_receiver()
    port = receiver.getsockname()[1]
    payload = b"\x00\x01binary\xff\xfe\xc3(\x00end"
    library = tmp("binary.json")
    write(library, library_document([
        {"name": "frame", "folder": "lab/a", "hex": payload.hex(), "lineEnding": "crlf",
         "target": {"protocol": "udp", "host": "127.0.0.1", "port": port}},
        {"name": "frame", "folder": "lab/b", "hex": "00"}]))
    result = run_cli(args.cli, "udp-client", "--library", library, "--message", "lab/a/frame",
                     "--json")
    check(result.returncode == 0, f"udp-client exited {result.returncode}: {result.stderr}")
    data, _ = receiver.recvfrom(65536)
    check(data == payload + b"\r\n", f"received {data!r}")
    # Two messages named "frame": the name alone is ambiguous, said in one sentence.
    result = run_cli(args.cli, "udp-client", "--library", library, "--message", "frame")
    check(result.returncode == 2 and "2 messages are named" in result.stderr,
          f"ambiguous name: {result.returncode} {result.stderr!r}")
    # An imported Packet Sender packet, sent where --host/--port say.
    result = run_cli(args.cli, "udp-client", "--library", fresh, "--message", "Heartbeat UDP",
                     "--host", "127.0.0.1", "--port", str(port))
    check(result.returncode == 0, f"udp-client exited {result.returncode}: {result.stderr}")
    data, _ = receiver.recvfrom(65536)
    check(data == b"PING\r\n", f"received {data!r}")
    passed("udp-client --library --message delivers the exact bytes to a python3 socket")

    # A message's placeholders and checksum apply to every send: a Modbus-style frame with a
    # counter and CRC-16/MODBUS (little-endian, as Modbus RTU sends it), three times.
    library = tmp("modbus.json")
    write(library, library_document([
        {"name": "poll", "hex": "01 03 00 {{counter:start=7}}".encode().hex(), "macros": True,
         "checksum": "crc16-modbus", "checksumOrder": "little-endian",
         "target": {"protocol": "udp", "host": "127.0.0.1", "port": port}}]))
    result = run_cli(args.cli, "udp-client", "--library", library, "--message", "poll",
                     "--count", "3", "--rate", "0")
    check(result.returncode == 0, f"udp-client exited {result.returncode}: {result.stderr}")

    def crc16_modbus(data):
        crc = 0xFFFF
        for byte in data:
            crc ^= byte
            for _ in range(8):
                crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        return crc.to_bytes(2, "little")

    for n in (7, 8, 9):
        data, _ = receiver.recvfrom(65536)
        body = b"01 03 00 " + str(n).encode()
        check(data == body + crc16_modbus(body), f"send {n}: received {data!r}")
    # --macros expands placeholders in --send DATA too; a bad one is a usage error.
    result = run_cli(args.cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                     "--send", "n={{counter:width=3}}", "--macros", "--count", "2",
                     "--interval", "0")
    check(result.returncode == 0, f"udp-client --macros exited {result.returncode}")
    received = [receiver.recvfrom(65536)[0] for _ in range(2)]
    check(received == [b"n=000", b"n=001"], f"--macros: received {received!r}")
    result = run_cli(args.cli, "udp-client", "--host", "127.0.0.1", "--port", str(port),
                     "--send", "{{nope}}", "--macros")
    check(result.returncode == 2 and "nope" in result.stderr, f"{result.stderr!r}")
    passed("a message's counter and CRC apply per send; --macros expands --send DATA")

    # A damaged library: one sentence, exit status 2, the file left exactly as it was.
    damaged = tmp("damaged.json")
    original = read(first)[:-30]
    write(damaged, original)
    for command in (["messages", "list"], ["messages", "import", first],
                    ["udp-client", "--message", "frame", "--host", "127.0.0.1",
                     "--port", str(port)]):
        result = run_cli(args.cli, *command, "--library", damaged)
        check(result.returncode == 2, f"{command} on a damaged library exited "
                                      f"{result.returncode}")
        lines = result.stderr.splitlines()
        check(len(lines) == 1 and "could not be read" in lines[0] and "not valid JSON"
              in lines[0] and "left as it is" in lines[0], f"{command}: {result.stderr!r}")
        check(read(damaged) == original, f"{command} changed the damaged library")
    receiver.setblocking(False)
    try:
        data = receiver.recv(65536)
        check(False, f"a datagram left from a damaged library: {data!r}")
    except BlockingIOError:
        pass
    newer = tmp("newer.json")
    write(newer, b'{"format":"socklab-messages","version":2,"messages":[]}')
    result = run_cli(args.cli, "messages", "list", "--library", newer)
    check(result.returncode == 2 and "newer SockLab" in result.stderr, f"{result.stderr!r}")
    passed("a damaged or newer library is one sentence and exit status 2, the file untouched")

    # Export never writes through a symbolic link (exit status 1: the output was not written).
    target = tmp("precious.txt")
    write(target, b"precious")
    link = tmp("link.json")
    os.symlink(target, link)
    result = run_cli(args.cli, "messages", "export", link)
    check(result.returncode == 1 and "symbolic link" in result.stderr,
          f"export to a link: {result.returncode} {result.stderr!r}")
    check(read(target) == b"precious", "the link's target was overwritten")
    result = run_cli(args.cli, "messages", "import", tmp("missing.ini"))
    check(result.returncode == 2 and "could not be imported" in result.stderr,
          f"missing file: {result.returncode} {result.stderr!r}")
    result = run_cli(args.cli, "messages", "frobnicate")
    check(result.returncode == 2, f"unknown action exited {result.returncode}")
    passed("export refuses a symbolic link; a missing file and an unknown action are usage "
           "errors")
    home.cleanup()


if __name__ == "__main__":
    main()
