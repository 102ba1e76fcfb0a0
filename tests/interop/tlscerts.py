# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificates for the TLS interop tests, made in the test by tools nobody here wrote: the
openssl command (a CA, certificates it signs, a self-signed one) and python3's cryptography
package for an expired one (openssl 3.0's x509 cannot set past dates)."""

import datetime
import os
import subprocess

from cliharness import TIMEOUT, check


def _openssl(openssl, *args):
    result = subprocess.run([openssl, *args], capture_output=True, text=True, timeout=TIMEOUT)
    check(result.returncode == 0, f"openssl {' '.join(args)} failed: {result.stderr}")
    return result.stdout


class Certificates:
    """ca.crt signs server (localhost, 127.0.0.1, ::1), wronghost (wrong.example) and client
    certificates; selfsigned is its own issuer; expired is CA-signed and no longer valid."""

    def __init__(self, openssl, directory):
        self.openssl = openssl
        self.dir = directory
        self.path = lambda name: os.path.join(directory, name)
        _openssl(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-subj", "/CN=SockLab Interop CA", "-keyout", self.path("ca.key"),
                 "-out", self.path("ca.crt"),
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        self._signed("server", "localhost", "DNS:localhost,IP:127.0.0.1,IP:::1")
        self._signed("wronghost", "wrong.example", "DNS:wrong.example")
        self._signed("client", "interop-client", "DNS:interop-client")
        _openssl(openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                 "-nodes", "-days", "2", "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                 "-keyout", self.path("selfsigned.key"), "-out", self.path("selfsigned.crt"))
        self._expired()

    def _signed(self, name, common_name, alt_names):
        ext = self.path(f"{name}.ext")
        with open(ext, "w") as f:
            f.write(f"subjectAltName={alt_names}\nbasicConstraints=CA:FALSE\n"
                    "extendedKeyUsage=serverAuth,clientAuth\n")
        _openssl(self.openssl, "req", "-newkey", "rsa:2048", "-nodes", "-subj",
                 f"/CN={common_name}", "-keyout", self.path(f"{name}.key"),
                 "-out", self.path(f"{name}.csr"))
        _openssl(self.openssl, "x509", "-req", "-in", self.path(f"{name}.csr"),
                 "-CA", self.path("ca.crt"), "-CAkey", self.path("ca.key"), "-CAcreateserial",
                 "-days", "2", "-extfile", ext, "-out", self.path(f"{name}.crt"))

    def _expired(self):
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
        import ipaddress
        with open(self.path("ca.key"), "rb") as f:
            ca_key = serialization.load_pem_private_key(f.read(), password=None)
        with open(self.path("ca.crt"), "rb") as f:
            ca = x509.load_pem_x509_certificate(f.read())
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.timezone.utc)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=10))
            .not_valid_after(now - datetime.timedelta(days=3))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .sign(ca_key, hashes.SHA256()))
        with open(self.path("expired.crt"), "wb") as f:
            f.write(certificate.public_bytes(serialization.Encoding.PEM))
        with open(self.path("expired.key"), "wb") as f:
            f.write(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))

    def fingerprint(self, name):
        """SHA-256 fingerprint as openssl prints it: AB:CD:..."""
        out = _openssl(self.openssl, "x509", "-noout", "-fingerprint", "-sha256", "-in",
                       self.path(f"{name}.crt"))
        return out.strip().split("=", 1)[1]
