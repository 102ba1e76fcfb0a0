// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/tlsconfig.h"

#include "net/endpoint.h"
#include "net/tlsnarration.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {

void addProblem(QString *problem, const QString &sentence)
{
    if (!problem->isEmpty())
        problem->append(u' ');
    problem->append(sentence);
}

bool isFingerprint(const QString &text)
{
    const QString hex = TlsNarration::normalizedFingerprint(text);
    return hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

// "<fingerprint> <host> <port>": a host holds no space, an IPv6 address holds colons.
std::optional<TlsPin> parsePin(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 3 || !isFingerprint(parts[0]))
        return std::nullopt;
    bool ok = false;
    const uint port = parts[2].toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return TlsPin{Endpoint::normalizeHost(parts[1]), static_cast<quint16>(port),
                  parts[0].toUpper()};
}

} // namespace

bool TlsPin::matches(const QString &otherHost, quint16 otherPort) const
{
    return port == otherPort
            && host.compare(Endpoint::normalizeHost(otherHost), Qt::CaseInsensitive) == 0;
}

QString TlsPin::target() const
{
    return host.contains(u':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                               : QStringLiteral("%1:%2").arg(host).arg(port);
}

QStringList TlsConfig::pinnedFor(const QString &host, quint16 port) const
{
    QStringList fingerprints;
    for (const TlsPin &pin : pins) {
        if (pin.matches(host, port))
            fingerprints << pin.fingerprint;
    }
    return fingerprints;
}

TlsConfig TlsConfig::read(QSettings &settings, QString *problem)
{
    TlsConfig c;
    settings.beginGroup(QStringLiteral("tls"));
    c.enabled = settings.value(QStringLiteral("enabled"), false).toBool();
    c.certificateFile = settings.value(QStringLiteral("certificate")).toString();
    c.keyFile = settings.value(QStringLiteral("key")).toString();
    c.caFile = settings.value(QStringLiteral("ca")).toString();
    c.requireClientCertificate =
            settings.value(QStringLiteral("requireClientCertificate"), false).toBool();
    const QString minimum = settings.value(QStringLiteral("minimum")).toString();
    if (minimum == u"1.2")
        c.minimumProtocol = QSsl::TlsV1_2OrLater;
    else if (!minimum.isEmpty() && minimum != u"1.3")
        addProblem(problem, QCoreApplication::translate("TlsConfig",
                                                        "The saved minimum TLS version \"%1\" "
                                                        "is unknown; TLS 1.3 is used.")
                                    .arg(minimum));
    const QStringList pins = settings.value(QStringLiteral("pins")).toStringList();
    int dropped = 0;
    for (const QString &text : pins) {
        if (const auto pin = parsePin(text))
            c.pins << *pin;
        else
            ++dropped;
    }
    if (dropped > 0)
        addProblem(problem,
                   QCoreApplication::translate("TlsConfig",
                                               "%n damaged trusted certificate(s) were "
                                               "dropped from the settings.",
                                               nullptr, dropped));
    settings.endGroup();
    return c;
}

void TlsConfig::write(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("tls"));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("certificate"), certificateFile);
    settings.setValue(QStringLiteral("key"), keyFile);
    settings.setValue(QStringLiteral("ca"), caFile);
    settings.setValue(QStringLiteral("requireClientCertificate"), requireClientCertificate);
    settings.setValue(QStringLiteral("minimum"), minimumProtocol == QSsl::TlsV1_2OrLater
                                                         ? QStringLiteral("1.2")
                                                         : QStringLiteral("1.3"));
    QStringList texts;
    for (const TlsPin &pin : pins)
        texts << pin.fingerprint + u' ' + pin.host + u' ' + QString::number(pin.port);
    settings.setValue(QStringLiteral("pins"), texts);
    settings.endGroup();
}
