// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/tlsoptions.h"

#include <QList>
#include <QString>

class QSettings;

// A server certificate the user chose to trust for one host and port, whatever the
// authorities say: the window's "trust this certificate for this host" (the CLI's
// --trust-fingerprint).
struct TlsPin
{
    QString host; // as typed in the client pane, normalized (Endpoint::normalizeHost)
    quint16 port = 0;
    QString fingerprint; // SHA-256, "AB:CD:.." as TlsNarration::fingerprint() writes it

    bool matches(const QString &otherHost, quint16 otherPort) const;
    // "localhost:60001", "[::1]:60001"
    QString target() const;
    friend bool operator==(const TlsPin &, const TlsPin &) = default;
};

// A pane's TLS fields as plain values (issue 12), kept with the pane's other settings under
// "tls/". The same struct serves the server pane (certificate, key, client certificates) and
// the client pane (authorities, its own certificate, pinned certificates).
struct TlsConfig
{
    bool enabled = false;
    QString certificateFile; // server: its certificate; client: its client certificate
    QString keyFile;
    QString caFile; // client: more authorities; server: the issuers of client certificates
    bool requireClientCertificate = false; // server
    QSsl::SslProtocol minimumProtocol = QSsl::TlsV1_3OrLater; // the window's default: 1.3
    QList<TlsPin> pins; // client

    // Fingerprints pinned for host:port.
    QStringList pinnedFor(const QString &host, quint16 port) const;
    // A damaged value is dropped and named in *problem (sentences appended).
    static TlsConfig read(QSettings &settings, QString *problem);
    void write(QSettings &settings) const;
    friend bool operator==(const TlsConfig &, const TlsConfig &) = default;
};
