# SPDX-License-Identifier: GPL-3.0-or-later
"""TLS against openssl s_server and s_client (issue 12): TLS 1.2 and 1.3, a CA-signed and a
self-signed certificate, an expired one, a wrong host name, a required client certificate,
all made in the test; socklab-cli must narrate the handshake and fail with one sentence."""

import json
import subprocess
import tempfile
import threading
import queue

from cliharness import (TIMEOUT, Cli, check, fail, free_port, json_lines, parse_args, passed,
                        require_tool, run_cli, tls_leak_checks_off_when_sanitized)
from tlscerts import Certificates


def infos(events):
    return [e.get("message", "") for e in events if e["event"] == "info"]


class Peer:
    """An openssl s_server or s_client with its stdout read by a thread."""

    def __init__(self, args):
        self.args = args
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.lines = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for raw in self.proc.stdout:
            self.lines.put(raw)
        self.lines.put(None)

    def wait_for(self, predicate, what):
        while True:
            try:
                line = self.lines.get(timeout=TIMEOUT)
            except queue.Empty:
                line = None
            if line is None:
                self.stop()
                fail(f"no {what} from {' '.join(self.args)}; stderr: "
                     f"{self.proc.stderr.read()!r}")
            if predicate(line):
                return line

    def stop(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(5)


def s_server(openssl, port, certs, cert, *extra):
    peer = Peer([openssl, "s_server", "-accept", f"127.0.0.1:{port}", "-naccept", "1", "-rev",
                 "-cert", certs.path(f"{cert}.crt"), "-key", certs.path(f"{cert}.key"), *extra])
    peer.wait_for(lambda line: line.startswith(b"ACCEPT"), "ACCEPT")
    return peer


def client_against_s_server(cli, openssl, certs, version):
    port = free_port()
    flag = "-tls1_3" if version == "1.3" else "-tls1_2"
    server = s_server(openssl, port, certs, "server", flag)
    try:
        result = run_cli(cli, "tcp-client", "--host", "localhost", "--port", str(port), "--tls",
                         "--ca", certs.path("ca.crt"), "--send", "hello\n", "--read-bytes", "6",
                         "--json")
    finally:
        server.stop()
    check(result.returncode == 0, f"TLS {version} client exited {result.returncode}: "
                                  f"{result.stderr}")
    events = json_lines(result.stdout)
    received = "".join(e["text"] for e in events if e["event"] == "received")
    check(received == "olleh\n", f"s_server -rev answered {received!r} to the client")
    messages = infos(events)
    check(any(m.startswith("SSL_connect(): TLS handshake, server name (SNI) \"localhost\"")
              for m in messages), f"no SSL_connect narration: {messages}")
    check(any(m.startswith(f"TLS handshake done: TLS {version}, cipher ") for m in messages),
          f"no TLS {version} in the narration: {messages}")
    fingerprint = certs.fingerprint("server")
    check(any("subject CN=localhost, issuer CN=SockLab Interop CA" in m and fingerprint in m
              for m in messages), f"server certificate not narrated: {messages}")


def client_fails(cli, openssl, certs, cert, expected, *client_args, server_args=()):
    port = free_port()
    server = s_server(openssl, port, certs, cert, *server_args)
    try:
        result = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port), "--tls",
                         *client_args, "--send", "hello\n", "--read-bytes", "6")
    finally:
        server.stop()
    check(result.returncode == 1, f"client with {cert} exited {result.returncode}, not 1: "
                                  f"{result.stderr}")
    error_lines = [l for l in result.stderr.splitlines() if l.strip()]
    check(len(error_lines) == 1 and expected in error_lines[0],
          f"expected one sentence with {expected!r}, got {result.stderr!r}")
    return error_lines[0]


def pinned_self_signed(cli, openssl, certs):
    port = free_port()
    server = s_server(openssl, port, certs, "selfsigned")
    try:
        result = run_cli(cli, "tcp-client", "--host", "127.0.0.1", "--port", str(port), "--tls",
                         "--trust-fingerprint", certs.fingerprint("selfsigned"),
                         "--send", "pin\n", "--read-bytes", "4", "--json")
    finally:
        server.stop()
    check(result.returncode == 0, f"pinned client exited {result.returncode}: {result.stderr}")
    messages = infos(json_lines(result.stdout))
    check(any("Trusted anyway" in m for m in messages), f"pin not narrated: {messages}")


def client_certificate_to_s_server(cli, openssl, certs):
    port = free_port()
    server = s_server(openssl, port, certs, "server", "-Verify", "1", "-CAfile",
                      certs.path("ca.crt"), "-verify_return_error")
    try:
        result = run_cli(cli, "tcp-client", "--host", "localhost", "--port", str(port), "--tls",
                         "--ca", certs.path("ca.crt"), "--cert", certs.path("client.crt"),
                         "--key", certs.path("client.key"), "--send", "abc\n",
                         "--read-bytes", "4", "--json")
    finally:
        server.stop()
    check(result.returncode == 0, f"client with a certificate exited {result.returncode}: "
                                  f"{result.stderr}")
    messages = infos(json_lines(result.stdout))
    check(any("our client certificate: subject CN=interop-client" in m for m in messages),
          f"client certificate not narrated: {messages}")


def s_client(openssl, port, certs, *extra):
    return Peer([openssl, "s_client", "-connect", f"127.0.0.1:{port}", "-servername",
                 "localhost", "-CAfile", certs.path("ca.crt"), "-verify_return_error",
                 "-quiet", *extra])


def server_against_s_client(cli, openssl, certs, version):
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--max-connections", "1", "--json",
                 "--tls", "--cert", certs.path("server.crt"), "--key", certs.path("server.key"),
                 "--tls-min", version)
    port = server.listening_port()
    flag = "-tls1_3" if version == "1.3" else "-tls1_2"
    peer = s_client(openssl, port, certs, flag)
    try:
        peer.proc.stdin.write(b"hello s_client\n")
        peer.proc.stdin.flush()
        echoed = peer.wait_for(lambda line: b"hello" in line, "echo")
        check(echoed == b"hello s_client\n", f"s_client got {echoed!r}")
    finally:
        peer.stop()
    server.expect_exit(0)
    messages = infos(server.events())
    check(any(m.startswith(f"TLS handshake done: TLS {version}") for m in messages),
          f"no TLS {version} handshake narrated: {messages}")
    check(any("SSL_accept()" in m for m in messages), f"no SSL_accept narrated: {messages}")
    received = "".join(e["text"] for e in server.events("received"))
    check(received == "hello s_client\n", f"server printed {received!r} (not decrypted?)")


def server_requires_client_certificate(cli, openssl, certs):
    server = Cli(cli, "tcp-server", "--port", "0", "--echo", "--max-connections", "1", "--json",
                 "--tls", "--cert", certs.path("server.crt"), "--key", certs.path("server.key"),
                 "--require-client-cert", "--ca", certs.path("ca.crt"))
    port = server.listening_port()
    anonymous = s_client(openssl, port, certs)
    anonymous.proc.stdin.write(b"no certificate\n")
    anonymous.proc.stdin.flush()
    server.wait_for_line(lambda l: "sent no certificate, but one is required" in l,
                         "refusal of a client without a certificate")
    anonymous.stop()
    identified = s_client(openssl, port, certs, "-cert", certs.path("client.crt"), "-key",
                          certs.path("client.key"))
    try:
        identified.proc.stdin.write(b"with certificate\n")
        identified.proc.stdin.flush()
        identified.wait_for(lambda line: b"with certificate" in line, "echo")
    finally:
        identified.stop()
    server.expect_exit(0)
    messages = infos(server.events())
    check(any("client certificate: subject CN=interop-client" in m for m in messages),
          f"client certificate not narrated: {messages}")
    check(len(server.events("accepted")) == 1, "the client without a certificate was accepted")


def main():
    args = parse_args()
    tls_leak_checks_off_when_sanitized()
    openssl = require_tool("openssl")
    if openssl is None:
        fail("openssl is required")
    with tempfile.TemporaryDirectory() as directory:
        certs = Certificates(openssl, directory)
        for version in ("1.2", "1.3"):
            client_against_s_server(args.cli, openssl, certs, version)
            server_against_s_client(args.cli, openssl, certs, version)
        passed("TLS 1.2 and 1.3 with a CA-signed certificate, both roles")
        client_fails(args.cli, openssl, certs, "selfsigned", "is self-signed and not trusted")
        pinned_self_signed(args.cli, openssl, certs)
        passed("self-signed: refused in one sentence, accepted when pinned")
        client_fails(args.cli, openssl, certs, "expired", "expired on", "--ca",
                     certs.path("ca.crt"))
        passed("expired certificate")
        client_fails(args.cli, openssl, certs, "wronghost", "is for wrong.example, a different "
                     "host", "--ca", certs.path("ca.crt"))
        passed("wrong host name")
        client_fails(args.cli, openssl, certs, "server", "TLS handshake with", "--ca",
                     certs.path("ca.crt"), "--tls-min", "1.3", server_args=("-tls1_2",))
        passed("--tls-min 1.3 against a TLS 1.2 server")
        misuse = run_cli(args.cli, "tcp-client", "--host", "127.0.0.1", "--port", "1",
                         "--insecure")
        check(misuse.returncode == 2 and "--insecure needs --tls" in misuse.stderr,
              f"--insecure without --tls: exit {misuse.returncode}, {misuse.stderr!r}")
        client_certificate_to_s_server(args.cli, openssl, certs)
        server_requires_client_certificate(args.cli, openssl, certs)
        passed("required client certificate, both roles")


if __name__ == "__main__":
    main()
