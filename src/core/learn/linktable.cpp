// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/linktable.h"

#include <QFile>

namespace {

QHostAddress plain(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

} // namespace

LinkTable LinkTable::read()
{
    LinkTable table;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : all) {
        Interface entry;
        entry.name = interface.name();
        entry.type = interface.flags().testFlag(QNetworkInterface::IsLoopBack)
            ? QNetworkInterface::Loopback
            : interface.type();
        entry.mtu = interface.maximumTransmissionUnit();
        const QList<QNetworkAddressEntry> addresses = interface.addressEntries();
        for (const QNetworkAddressEntry &address : addresses)
            entry.addresses << address.ip();
        table.interfaces << entry;
    }
#ifdef Q_OS_LINUX
    QFile sysctl(QStringLiteral("/proc/sys/net/ipv4/tcp_timestamps"));
    if (sysctl.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const int value = sysctl.read(16).trimmed().toInt(&ok);
        if (ok)
            table.tcpTimestamps = value != 0;
    }
#endif
    return table;
}

const LinkTable::Interface *LinkTable::owning(const QHostAddress &address) const
{
    const QHostAddress wanted = plain(address);
    for (const Interface &interface : interfaces)
        for (const QHostAddress &held : interface.addresses)
            if (plain(held).isEqual(wanted, QHostAddress::StrictConversion))
                return &interface;
    return nullptr;
}

const LinkTable::Interface *LinkTable::loopback() const
{
    for (const Interface &interface : interfaces)
        if (interface.type == QNetworkInterface::Loopback)
            return &interface;
    return nullptr;
}
