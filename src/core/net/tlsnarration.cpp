// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tlsnarration.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(u", ");
}

QString names(const QSslCertificate &certificate)
{
    QStringList all;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        all << it.value();
    if (all.isEmpty())
        all = certificate.subjectInfo(QSslCertificate::CommonName);
    return all.isEmpty() ? QCoreApplication::translate("TlsNarration", "no name") : joined(all);
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // The order openssl prints: C, O, OU, CN.
    const QList<QPair<QSslCertificate::SubjectInfo, const char *>> keys = {
            {QSslCertificate::CountryName, "C"},
            {QSslCertificate::Organization, "O"},
            {QSslCertificate::OrganizationalUnitName, "OU"},
            {QSslCertificate::CommonName, "CN"}};
    QStringList parts;
    for (const auto &[key, label] : keys) {
        const QStringList values = issuer ? certificate.issuerInfo(key)
                                          : certificate.subjectInfo(key);
        for (const QString &value : values)
            parts << QString::fromLatin1(label) + u'=' + value;
    }
    return parts.isEmpty() ? QCoreApplication::translate("TlsNarration", "(empty)") : joined(parts);
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TlsNarration", "Cannot read \"%1\": %2.")
                         .arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// Certificates and key of options into configuration; false and *error on a bad file.
bool loadIdentity(const TlsOptions &options, QSslConfiguration &configuration, QString *error)
{
    if (options.certificateFile.isEmpty() && options.keyFile.isEmpty())
        return true;
    if (options.certificateFile.isEmpty() || options.keyFile.isEmpty()) {
        *error = QCoreApplication::translate("TlsNarration", "A certificate needs its private key and a key its certificate: give "
                    "both files.");
        return false;
    }
    const QByteArray certificateData = readFile(options.certificateFile, error);
    if (!error->isEmpty())
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QCoreApplication::translate("TlsNarration",
                                             "\"%1\" holds no PEM certificate.")
                         .arg(options.certificateFile);
        return false;
    }
    const QByteArray keyData = readFile(options.keyFile, error);
    if (!error->isEmpty())
        return false;
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa, QSsl::Dh}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QCoreApplication::translate("TlsNarration",
                                             "\"%1\" holds no unencrypted PEM private key.")
                         .arg(options.keyFile);
        return false;
    }
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    return true;
}

bool loadAuthorities(const TlsOptions &options, QSslConfiguration &configuration,
                     QString *error)
{
    if (options.caFile.isEmpty())
        return true;
    const QByteArray data = readFile(options.caFile, error);
    if (!error->isEmpty())
        return false;
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(data, QSsl::Pem);
    if (authorities.isEmpty()) {
        *error = QCoreApplication::translate("TlsNarration",
                                             "\"%1\" holds no PEM certificate.")
                         .arg(options.caFile);
        return false;
    }
    configuration.addCaCertificates(authorities);
    return true;
}

} // namespace

namespace TlsNarration {

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'))
            .toUpper();
}

QString normalizedFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            hex += c.toLower();
    }
    return hex;
}

bool isPinned(const QSslCertificate &certificate, const QStringList &pinned)
{
    if (certificate.isNull())
        return false;
    const QString own = normalizedFingerprint(fingerprint(certificate));
    for (const QString &candidate : pinned) {
        if (normalizedFingerprint(candidate) == own)
            return true;
    }
    return false;
}

QString describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QCoreApplication::translate("TlsNarration", "no certificate");
    return QCoreApplication::translate("TlsNarration",
                                       "subject %1, issuer %2, valid %3 to %4, SHA-256 %5")
            .arg(distinguishedName(certificate, false), distinguishedName(certificate, true),
                 certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                 certificate.expiryDate().toUTC().toString(Qt::ISODate),
                 fingerprint(certificate));
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
    case QSsl::TlsV1_3OrLater:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
    case QSsl::TlsV1_2OrLater:
        return QStringLiteral("TLS 1.2");
    default:
        return QCoreApplication::translate("TlsNarration", "an old TLS version");
    }
}

QString describeSession(const QSslSocket *socket)
{
    const QSslCipher cipher = socket->sessionCipher();
    return QCoreApplication::translate("TlsNarration", "%1, cipher %2 (%3 bits)")
            .arg(protocolName(socket->sessionProtocol()), cipher.name())
            .arg(cipher.usedBits());
}

QString certificateProblem(const QList<QSslError> &errors, const QString &host)
{
    // The most telling problem first: an expired or self-signed certificate explains the
    // others that usually come with it.
    const QList<QSslError::SslError> order = {
            QSslError::CertificateExpired,
            QSslError::CertificateNotYetValid,
            QSslError::SelfSignedCertificate,
            QSslError::SelfSignedCertificateInChain,
            QSslError::UnableToGetLocalIssuerCertificate,
            QSslError::UnableToGetIssuerCertificate,
            QSslError::UnableToVerifyFirstCertificate,
            QSslError::CertificateUntrusted,
            QSslError::HostNameMismatch,
            QSslError::NoPeerCertificate,
            QSslError::CertificateRevoked,
    };
    const QSslError *chosen = errors.isEmpty() ? nullptr : &errors.first();
    for (QSslError::SslError kind : order) {
        const auto it = std::find_if(errors.cbegin(), errors.cend(),
                                     [kind](const QSslError &e) { return e.error() == kind; });
        if (it != errors.cend()) {
            chosen = &*it;
            break;
        }
    }
    if (!chosen)
        return QCoreApplication::translate("TlsNarration",
                                           "The certificate of %1 was rejected.")
                .arg(host);
    const QSslCertificate certificate = chosen->certificate();
    const QString pin = certificate.isNull() ? QString() : fingerprint(certificate);
    switch (chosen->error()) {
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("TlsNarration",
                                           "The certificate of %1 expired on %2.")
                .arg(host, certificate.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("TlsNarration",
                                           "The certificate of %1 is not valid before %2.")
                .arg(host, certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return QCoreApplication::translate(
                       "TlsNarration",
                       "The certificate of %1 is self-signed and not trusted (SHA-256 %2).")
                .arg(host, pin);
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QCoreApplication::translate("TlsNarration",
                                           "The certificate of %1 was issued by an unknown "
                                           "authority (%2).")
                .arg(host, certificate.isNull() ? chosen->errorString()
                                                : distinguishedName(certificate, true));
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("TlsNarration",
                                           "The certificate presented for %1 is for %2, a "
                                           "different host.")
                .arg(host, names(certificate));
    case QSslError::NoPeerCertificate:
        return QCoreApplication::translate("TlsNarration",
                                           "%1 sent no certificate, but one is required.")
                .arg(host);
    default:
        return QCoreApplication::translate("TlsNarration",
                                           "The certificate of %1 was rejected: %2.")
                .arg(host, chosen->errorString());
    }
}

std::optional<QSslConfiguration> clientConfiguration(const TlsOptions &options, QString *error)
{
    error->clear();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(options.minimumProtocol);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!loadIdentity(options, configuration, error)
        || !loadAuthorities(options, configuration, error))
        return std::nullopt;
    return configuration;
}

std::optional<QSslConfiguration> serverConfiguration(const TlsOptions &options, QString *error)
{
    error->clear();
    if (options.certificateFile.isEmpty()) {
        *error = QCoreApplication::translate("TlsNarration", "A TLS server needs a certificate and its key (or a generated self-signed "
                    "one).");
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(options.minimumProtocol);
    // A server trusts only the authorities it was given for client certificates, never the
    // system's. Qt also copies every trusted certificate into each connection's SSL_CTX: with
    // the system's ~140 roots, handshakes/s fell to 0.69 of openssl s_server's (bench/tls.sh).
    configuration.setCaCertificates({});
    if (!loadIdentity(options, configuration, error))
        return std::nullopt;
    if (options.requireClientCertificate) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!loadAuthorities(options, configuration, error))
            return std::nullopt;
    } else {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return configuration;
}

} // namespace TlsNarration
