# SPDX-License-Identifier: GPL-3.0-or-later
"""TLS against python3's ssl module and socat OPENSSL (issue 12): socklab-cli's generated
self-signed certificate verified by python, its key file private; a python ssl server for the
client; socat as TLS client and server. Loopback only."""

import os
import socket
import ssl
import stat
import subprocess
import tempfile
import threading

from cliharness import (TIMEOUT, Cli, check, fail, free_port, json_lines, parse_args, passed,
                        require_tool, run_cli, tls_leak_checks_off_when_sanitized,
                        wait_until_listening)
from tlscerts import Certificates


def self_signed_server_for_python(cli, data_home):
    os.environ["XDG_DATA_HOME"] = data_home  # never the user's own data folder
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--max-connections", "1", "--json",
                 "--tls", "--self-signed")
    port = server.listening_port()
    note = server.stderr()
    crt = None
    for root, _, files in os.walk(data_home):
        for name in files:
            if name.endswith(".crt"):
                crt = os.path.join(root, name)
    check(crt is not None, f"no certificate under {data_home}; stderr: {note!r}")
    key = crt[:-4] + ".key"
    mode = stat.S_IMODE(os.stat(key).st_mode)
    check(mode == 0o600, f"the generated key has mode {oct(mode)}, not 0600")
    context = ssl.create_default_context(cafile=crt)
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as raw:
        with context.wrap_socket(raw, server_hostname="localhost") as tls:
            check(tls.version() in ("TLSv1.2", "TLSv1.3"), f"python negotiated {tls.version()}")
            tls.sendall(b"python ssl\n")
            echoed = b""
            while len(echoed) < 11:
                chunk = tls.recv(64)
                if not chunk:
                    break
                echoed += chunk
            check(echoed == b"python ssl\n", f"python got {echoed!r} back")
    server.expect_exit(0)
    check("self-signed certificate" in server.stderr(), f"no note: {server.stderr()!r}")


def client_against_python_server(cli, certs):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs.path("server.crt"), certs.path("server.key"))
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    got = []

    def serve():
        listener.settimeout(TIMEOUT)
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with context.wrap_socket(conn, server_side=True) as tls:
            tls.settimeout(TIMEOUT)
            data = tls.recv(64)
            got.append(data)
            tls.sendall(data.upper())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    result = run_cli(cli, "tcp-client", "--host", "localhost", "--port", str(port), "--tls",
                     "--ca", certs.path("ca.crt"), "--send", "shout", "--read-bytes", "5",
                     "--json")
    thread.join(TIMEOUT)
    listener.close()
    check(result.returncode == 0, f"client exited {result.returncode}: {result.stderr}")
    check(got == [b"shout"], f"python server got {got}")
    received = "".join(e["text"] for e in json_lines(result.stdout) if e["event"] == "received")
    check(received == "SHOUT", f"client printed {received!r}")


def socat_client(cli, socat, certs):
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--max-connections", "1", "--json",
                 "--tls", "--cert", certs.path("server.crt"), "--key", certs.path("server.key"))
    port = server.listening_port()
    proc = subprocess.Popen([socat, "-T", "10", "-",
                             f"OPENSSL:127.0.0.1:{port},cafile={certs.path('ca.crt')},verify=1,"
                             "commonname=localhost"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write(b"via socat\n")
        proc.stdin.flush()
        echoed = proc.stdout.readline()    # bounded by socat's -T 10 inactivity timeout
        check(echoed == b"via socat\n", f"socat got {echoed!r} back")
        proc.stdin.close()      # socat sends close_notify; the server closes; socat ends
        check(proc.wait(TIMEOUT) == 0, f"socat OPENSSL failed: {proc.stderr.read()!r}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
    server.expect_exit(0)
    received = "".join(e["text"] for e in server.events("received"))
    check(received == "via socat\n", f"server printed {received!r}")


def socat_server(cli, socat, certs):
    port = free_port()
    proc = subprocess.Popen([socat, "-T", "10",
                             f"OPENSSL-LISTEN:{port},bind=127.0.0.1,reuseaddr,"
                             f"cert={certs.path('server.crt')},key={certs.path('server.key')},"
                             "verify=0", "PIPE"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until_listening(port, what="socat OPENSSL-LISTEN")
        result = run_cli(cli, "tcp-client", "--host", "localhost", "--port", str(port), "--tls",
                         "--ca", certs.path("ca.crt"), "--send", "quiet", "--read-bytes", "5",
                         "--json")
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)
    check(result.returncode == 0, f"client exited {result.returncode}: {result.stderr}")
    received = "".join(e["text"] for e in json_lines(result.stdout) if e["event"] == "received")
    check(received == "quiet", f"client printed {received!r} from socat PIPE")


def main():
    args = parse_args()
    tls_leak_checks_off_when_sanitized()
    openssl = require_tool("openssl")
    socat = require_tool("socat")
    if openssl is None or socat is None:
        fail("openssl and socat are required")
    with tempfile.TemporaryDirectory() as directory:
        self_signed_server_for_python(args.cli, os.path.join(directory, "data"))
        passed("--self-signed: python's ssl verifies it; the key is 0600")
        certs = Certificates(openssl, directory)
        client_against_python_server(args.cli, certs)
        passed("client against a python ssl server")
        socat_client(args.cli, socat, certs)
        socat_server(args.cli, socat, certs)
        passed("socat OPENSSL in both roles")


if __name__ == "__main__":
    main()
