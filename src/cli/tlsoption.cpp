// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsoption.h"

#include "net/selfsignedcertificate.h"
#include "net/tlsnarration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>

#include <algorithm>
#include <cctype>

namespace {

const QString tlsName = QStringLiteral("tls");
const QString certName = QStringLiteral("cert");
const QString keyName = QStringLiteral("key");
const QString caName = QStringLiteral("ca");
const QString minName = QStringLiteral("tls-min");
const QString insecureName = QStringLiteral("insecure");
const QString pinName = QStringLiteral("trust-fingerprint");
const QString selfSignedName = QStringLiteral("self-signed");
const QString requireName = QStringLiteral("require-client-cert");

void addCommon(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(tlsName, QCoreApplication::translate("TlsOption", "Speak TLS (OpenSSL) on every connection.")));
    parser.addOption(QCommandLineOption(certName, QCoreApplication::translate("TlsOption", "With --tls: our certificate (PEM file)."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(keyName,
                                        QCoreApplication::translate("TlsOption", "With --tls: the private key of --cert (PEM file, "
                                           "unencrypted)."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(minName,
                                        QCoreApplication::translate("TlsOption", "With --tls: the oldest TLS version accepted, 1.2 "
                                           "(default) or 1.3."),
                                        QStringLiteral("VERSION")));
}

// The --tls-min value, and "needs --tls" for any TLS option given without it.
std::optional<TlsOptions> common(const QCommandLineParser &parser, const QStringList &names,
                                 QString *error)
{
    TlsOptions options;
    options.enabled = parser.isSet(tlsName);
    if (!options.enabled) {
        for (const QString &name : names) {
            if (parser.isSet(name)) {
                *error = QCoreApplication::translate("TlsOption", "--%1 needs --tls.").arg(name);
                return std::nullopt;
            }
        }
        return options;
    }
    const QString minimum = parser.value(minName);
    if (minimum.isEmpty() || minimum == u"1.2") {
        options.minimumProtocol = QSsl::TlsV1_2OrLater;
    } else if (minimum == u"1.3") {
        options.minimumProtocol = QSsl::TlsV1_3OrLater;
    } else {
        *error = QCoreApplication::translate("TlsOption",
                                             "--tls-min takes 1.2 or 1.3, not \"%1\".")
                         .arg(minimum);
        return std::nullopt;
    }
    options.certificateFile = parser.value(certName);
    options.keyFile = parser.value(keyName);
    options.caFile = parser.value(caName);
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty()) {
        *error = QCoreApplication::translate("TlsOption", "Give --cert and --key together.");
        return std::nullopt;
    }
    return options;
}

} // namespace

namespace TlsOption {

QString clientSynopsis()
{
    return QStringLiteral("[--tls [--ca FILE] [--cert FILE --key FILE] [--tls-min 1.2|1.3] "
                          "[--trust-fingerprint SHA256] [--insecure]]");
}

QString serverSynopsis()
{
    return QStringLiteral("[--tls (--cert FILE --key FILE | --self-signed) [--tls-min 1.2|1.3] "
                          "[--require-client-cert --ca FILE]]");
}

void addClientOptions(QCommandLineParser &parser)
{
    addCommon(parser);
    parser.addOption(QCommandLineOption(caName,
                                        QCoreApplication::translate("TlsOption", "With --tls: also trust the authorities in FILE "
                                           "(PEM), besides the system's."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(pinName,
                                        QCoreApplication::translate("TlsOption", "With --tls: trust the server certificate with this "
                                           "SHA-256 fingerprint for this host, whatever the "
                                           "authorities say (repeatable)."),
                                        QStringLiteral("SHA256")));
    parser.addOption(QCommandLineOption(insecureName,
                                        QCoreApplication::translate("TlsOption", "With --tls: connect even when the server "
                                           "certificate fails verification (the problem is "
                                           "still printed).")));
}

void addServerOptions(QCommandLineParser &parser)
{
    addCommon(parser);
    parser.addOption(QCommandLineOption(selfSignedName,
                                        QCoreApplication::translate("TlsOption", "With --tls: use a self-signed certificate for the "
                                           "bind address, made once and kept (mode 0600) in the "
                                           "user's data folder.")));
    parser.addOption(QCommandLineOption(requireName,
                                        QCoreApplication::translate("TlsOption", "With --tls: accept only clients with a certificate "
                                           "issued by an authority in --ca.")));
    parser.addOption(QCommandLineOption(caName,
                                        QCoreApplication::translate("TlsOption", "With --require-client-cert: the authorities (PEM) "
                                           "client certificates must come from."),
                                        QStringLiteral("FILE")));
}

std::optional<TlsOptions> client(const QCommandLineParser &parser, int handshakeTimeoutMs,
                                 QString *error)
{
    std::optional<TlsOptions> options = common(
            parser, {certName, keyName, caName, minName, pinName, insecureName}, error);
    if (!options || !options->enabled)
        return options;
    options->insecure = parser.isSet(insecureName);
    options->trustedFingerprints = parser.values(pinName);
    for (const QString &pin : std::as_const(options->trustedFingerprints)) {
        const QString hex = TlsNarration::normalizedFingerprint(pin);
        if (hex.size() != 64
            || !std::all_of(hex.cbegin(), hex.cend(), [](QChar c) { return isxdigit(c.unicode()); })) {
            *error = QCoreApplication::translate("TlsOption",
                                                 "--trust-fingerprint takes a SHA-256 "
                                                 "fingerprint (64 hex digits, colons allowed), "
                                                 "not \"%1\".")
                             .arg(pin);
            return std::nullopt;
        }
    }
    options->handshakeTimeoutMs = handshakeTimeoutMs;
    return options;
}

std::optional<TlsOptions> server(const QCommandLineParser &parser, const QHostAddress &bind,
                                 QString *note, QString *error)
{
    std::optional<TlsOptions> options = common(
            parser, {certName, keyName, caName, minName, selfSignedName, requireName}, error);
    if (!options || !options->enabled)
        return options;
    options->requireClientCertificate = parser.isSet(requireName);
    if (options->requireClientCertificate && options->caFile.isEmpty()) {
        *error = QCoreApplication::translate("TlsOption", "--require-client-cert needs --ca FILE: the authorities that issue client "
                    "certificates.");
        return std::nullopt;
    }
    const bool selfSigned = parser.isSet(selfSignedName);
    if (selfSigned == !options->certificateFile.isEmpty()) {
        *error = QCoreApplication::translate("TlsOption", "A TLS server needs either --cert FILE --key FILE or --self-signed.");
        return std::nullopt;
    }
    if (!selfSigned)
        return options;
    const QStringList hosts = SelfSignedCertificate::hostsFor(bind);
    // One certificate per set of names, kept and shared with the window: a client pins its
    // fingerprint once.
    const std::optional<SelfSignedCertificate::Stored> stored =
            SelfSignedCertificate::forHosts(hosts, error);
    if (!stored)
        return std::nullopt;
    options->certificateFile = stored->certificatePath;
    options->keyFile = stored->keyPath;
    *note = (stored->made ? QCoreApplication::translate("TlsOption",
                                                        "made a self-signed certificate for %1 "
                                                        "in %2 (SHA-256 %3)")
                          : QCoreApplication::translate("TlsOption",
                                                        "using the self-signed certificate for "
                                                        "%1 in %2 (SHA-256 %3)"))
                    .arg(hosts.join(u", "), options->certificateFile, stored->fingerprint);
    return options;
}

} // namespace TlsOption
