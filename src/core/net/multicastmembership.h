// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include <optional>

// One multicast group a UDP socket joined: the group, the interface it was joined on, and
// for a source-specific membership (SSM) the one sender it accepts.
struct MulticastMembership
{
    Q_DECLARE_TR_FUNCTIONS(MulticastMembership)

public:
    QHostAddress group;
    QString interfaceName; // the kernel's name ("lo", "eth0")
    QHostAddress source;   // null: any sender
    // False while its interface is down or gone: rejoined when the interface comes back.
    bool isActive = true;

    bool isSourceSpecific() const { return !source.isNull(); }
    bool isIPv6() const { return group.protocol() == QAbstractSocket::IPv6Protocol; }
    // Same group, interface and source (isActive aside).
    bool sameAs(const MulticastMembership &other) const;
    // "239.1.2.3 on lo", "232.1.1.1 from 127.0.0.1 on lo".
    QString toString() const;

    // The name of the machine's loopback interface ("lo" on Linux): the safe default, no
    // datagram leaves the machine.
    static QString loopbackInterfaceName();
    // "GROUP[@IFACE][,source=ADDR]": the CLI's --join. Without @IFACE the loopback interface.
    // On failure nullopt and one sentence in *error.
    static std::optional<MulticastMembership> parse(const QString &text, QString *error);
};

Q_DECLARE_METATYPE(MulticastMembership)
