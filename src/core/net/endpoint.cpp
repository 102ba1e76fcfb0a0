// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/endpoint.h"


namespace {

// ::ffff:127.0.0.1 is how a dual-stack socket sees an IPv4 peer; users expect 127.0.0.1.
QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    // Only ::ffff:a.b.c.d is an IPv4 address in disguise; "::" and "::1" stay IPv6.
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// "a.b.c.d" (and ":port" when port >= 0) written by hand: QHostAddress::toString() and
// QString::number() cost ~2,500 instructions per endpoint, and every accepted client and every
// drawn log row formats endpoints.
QString dottedQuad(quint32 v4, int port)
{
    char text[sizeof "255.255.255.255:65535"];
    char *out = text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (v4 >> shift) & 0xffu;
        if (octet >= 100)
            *out++ = static_cast<char>('0' + octet / 100);
        if (octet >= 10)
            *out++ = static_cast<char>('0' + octet / 10 % 10);
        *out++ = static_cast<char>('0' + octet % 10);
        if (shift > 0)
            *out++ = '.';
    }
    if (port >= 0) {
        *out++ = ':';
        char digits[5];
        int count = 0;
        unsigned rest = static_cast<unsigned>(port);
        do {
            digits[count++] = static_cast<char>('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        while (count > 0)
            *out++ = digits[--count];
    }
    return QString::fromLatin1(text, out - text);
}

} // namespace

Endpoint::Endpoint(const QHostAddress &address, quint16 port)
    : m_address(unmapped(address))
    , m_port(port)
{
}

QString Endpoint::addressString() const
{
    if (m_address.isNull())
        return {};
    // A dual-stack socket (QHostAddress::Any) is AF_INET6 bound to [::]; Qt prints "0.0.0.0".
    if (m_address.protocol() == QAbstractSocket::AnyIPProtocol)
        return QStringLiteral("::");
    if (m_address.protocol() == QAbstractSocket::IPv4Protocol)
        return dottedQuad(m_address.toIPv4Address(), -1);
    // Drop the scope id only when there is none; link-local peers keep "%eth0".
    return m_address.toString();
}

QString Endpoint::toString() const
{
    if (m_address.isNull())
        return {};
    if (m_address.protocol() == QAbstractSocket::IPv4Protocol)
        return dottedQuad(m_address.toIPv4Address(), m_port);
    const QString port = QString::number(m_port);
    // QHostAddress::Any (a dual-stack socket) prints as "::": bracketed like IPv6.
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol
        || m_address.protocol() == QAbstractSocket::AnyIPProtocol)
        return u'[' + addressString() + u"]:" + port;
    return addressString() + u':' + port;
}

bool Endpoint::operator==(const Endpoint &other) const
{
    return m_port == other.m_port && m_address == other.m_address;
}

namespace {

std::optional<quint16> parsePortFrom(const QString &text, int lowest, QString *error)
{
    const QString trimmed = text.trimmed();
    auto failWith = [error](const QString &message) -> std::optional<quint16> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (trimmed.isEmpty())
        return failWith(
                Endpoint::tr("No port given; enter a number from %1 to 65535.").arg(lowest));
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok);
    if (!ok)
        return failWith(
                Endpoint::tr("Port \"%1\" is not a number; enter a number from %2 to 65535.")
                                .arg(trimmed)
                                .arg(lowest));
    if (value == 0 && lowest > 0)
        return failWith(Endpoint::tr(
                "Port 0 cannot be a destination; enter a port from 1 to 65535."));
    if (value < lowest || value > 65535)
        return failWith(Endpoint::tr("Port %1 is out of range; enter a number from %2 to 65535.")
                                .arg(value)
                                .arg(lowest));
    return static_cast<quint16>(value);
}

} // namespace

std::optional<quint16> Endpoint::parsePort(const QString &text, QString *error)
{
    return parsePortFrom(text, 0, error);
}

std::optional<quint16> Endpoint::parseDestinationPort(const QString &text, QString *error)
{
    return parsePortFrom(text, 1, error);
}

std::optional<QHostAddress> Endpoint::parseBindAddress(const QString &text, QString *error)
{
    const QString host = normalizeHost(text);
    if (host.isEmpty()) {
        if (error)
            *error = tr("No address given; enter an address such as 127.0.0.1 or ::1.");
        return std::nullopt;
    }
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    if (host.compare(u"any", Qt::CaseInsensitive) == 0 || host == u"*")
        return QHostAddress(QHostAddress::AnyIPv4);
    QHostAddress address;
    if (!address.setAddress(host)) {
        if (error)
            *error = tr("\"%1\" is not an IP address; a server binds to an address of this "
                        "machine such as 127.0.0.1, ::1 or 0.0.0.0.")
                             .arg(text.trimmed());
        return std::nullopt;
    }
    return address;
}

QString Endpoint::normalizeHost(const QString &host)
{
    QString trimmed = host.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    return trimmed;
}
