// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/listenaddresses.h"

#include "net/endpoint.h"

QList<QHostAddress> ListenAddresses::forText(const QString &text, QString *error)
{
    const QString host = Endpoint::normalizeHost(text);
    if (host == anyBothLabel() || host.compare(u"Any (IPv4 + IPv6)", Qt::CaseInsensitive) == 0)
        return {QHostAddress(QHostAddress::Any)};
    const std::optional<QHostAddress> address = Endpoint::parseBindAddress(text, error);
    if (!address)
        return {};
    return expand(text, *address);
}

QList<QHostAddress> ListenAddresses::expand(const QString &text, const QHostAddress &parsed)
{
    if (Endpoint::normalizeHost(text).compare(u"localhost", Qt::CaseInsensitive) == 0)
        return {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    return {dualStack(parsed)};
}

QHostAddress ListenAddresses::dualStack(const QHostAddress &address)
{
    // Qt binds AnyIPv6 with IPV6_V6ONLY on, Any with it off (where the system allows it).
    if (address.protocol() == QAbstractSocket::IPv6Protocol
        && address == QHostAddress(QHostAddress::AnyIPv6))
        return QHostAddress(QHostAddress::Any);
    return address;
}

bool ListenAddresses::isDualStack(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::AnyIPProtocol;
}
