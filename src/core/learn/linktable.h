// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>

#include <optional>

// What this machine's link layer looks like for a learner's "layers of a message": each
// interface with its name, type, MTU and addresses, and whether TCP timestamps are offered.
// read() asks the kernel (QNetworkInterface, /proc/sys), so callers run it off the GUI thread
// and keep the value; everything else is a lookup in that value.
struct LinkTable
{
    struct Interface
    {
        QString name;
        QNetworkInterface::InterfaceType type = QNetworkInterface::Unknown;
        int mtu = 0; // 0: unknown
        QList<QHostAddress> addresses;
    };

    QList<Interface> interfaces;
    // Linux's net.ipv4.tcp_timestamps (which applies to IPv6 too): nullopt when unknown.
    std::optional<bool> tcpTimestamps;

    static LinkTable read();
    // The interface holding this address (an IPv4-mapped one is looked up as IPv4).
    const Interface *owning(const QHostAddress &address) const;
    const Interface *loopback() const;
};
