// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads the saved packets of Packet Sender (packetsender.com): its own packets.ini (QSettings
// INI: a NAMES array, then one group per packet with name, toIP, port, tcpOrUdp, hexString,
// repeat, fromIP, fromPort, sendResponse, requestPath) and its JSON export (an array of objects
// with the same fields in lower case, numbers as strings). What SockLab has no place for is
// named in warnings, one sentence per packet and field, never dropped silently.
class PacketSenderImport
{
    Q_DECLARE_TR_FUNCTIONS(PacketSenderImport)

public:
    struct Result
    {
        QList<Message> messages;
        QStringList warnings;
        QString error; // the file as a whole could not be read; messages is empty
        bool isOk() const { return error.isEmpty(); }
    };

    // The raw fields of one packet, as Packet Sender stores them.
    struct Packet
    {
        QString name;
        QString toIP;
        QString port;
        QString tcpOrUdp;
        QString hexString;
        bool hasHexString = false;
        QString repeat;
        QString fromIP;
        QString fromPort;
        QString sendResponse;
        QString requestPath;
    };

    static Result fromIniFile(const QString &path);
    static Result fromJson(const QByteArray &document);
    // An array whose objects carry Packet Sender's keys ("hexstring", "tcporudp").
    static bool isPacketSenderJson(const QByteArray &document);
    // Maps one packet; nullopt when it cannot be imported (no name, bad hex). Warnings are
    // appended to warnings.
    static std::optional<Message> toMessage(const Packet &packet, QStringList *warnings);
};
