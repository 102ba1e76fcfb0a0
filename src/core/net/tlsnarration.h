// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/tlsoptions.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

#include <optional>

class QSslCertificate;
class QSslSocket;

// What the log and the error sentences say about TLS, and the configuration a session's
// TlsOptions make: the sessions only call these, so their files stay about sockets.
namespace TlsNarration {

// "AB:CD:..." (upper-case hex pairs), as openssl x509 -fingerprint -sha256 prints it.
QString fingerprint(const QSslCertificate &certificate);
// Lower-case hex without separators, for comparing a user's input with fingerprint().
QString normalizedFingerprint(const QString &text);
// "subject CN=x, issuer CN=y, valid 2026-01-01 to 2027-01-01, SHA-256 AB:..".
QString describeCertificate(const QSslCertificate &certificate);
// "TLS 1.3, cipher TLS_AES_256_GCM_SHA384 (256 bits)" once the handshake is done.
QString describeSession(const QSslSocket *socket);
QString protocolName(QSsl::SslProtocol protocol);
// One sentence naming the problem with host's certificate: expired, not yet valid,
// self-signed, unknown issuer, wrong host name, or Qt's own words for anything else.
QString certificateProblem(const QList<QSslError> &errors, const QString &host);
// True when certificate's fingerprint is one of the pinned ones.
bool isPinned(const QSslCertificate &certificate, const QStringList &pinned);

// The call a log row names for application data: SSL_read()/SSL_write() on a TLS connection,
// whose rows show the decrypted payload, recv()/send() on a plain one. No allocation: these
// are called per received or sent block.
inline QString readCall(bool tls)
{
    return tls ? QStringLiteral("SSL_read()") : QStringLiteral("recv()");
}
inline QString writeCall(bool tls)
{
    return tls ? QStringLiteral("SSL_write()") : QStringLiteral("send()");
}

// The socket configuration for options; nullopt and *error (one sentence) when a file cannot
// be read or holds no certificate/key.
std::optional<QSslConfiguration> clientConfiguration(const TlsOptions &options,
                                                     QString *error);
std::optional<QSslConfiguration> serverConfiguration(const TlsOptions &options,
                                                     QString *error);

} // namespace TlsNarration
