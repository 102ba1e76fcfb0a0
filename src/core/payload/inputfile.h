// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a file the user named as a payload (the CLI's --file, a window's "send file") without
// letting the file decide our memory or our lifetime: never more than the protocol can carry,
// and a FIFO or device that could deliver bytes forever is capped, or refused when nobody
// writes to it, instead of blocking.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // The most one payload may hold, and what that limit is, for the sentence that cites it.
    struct Limit
    {
        qint64 bytes = 0;
        QString what; // e.g. "a UDP datagram to an IPv4 address"
    };

    // A UDP datagram: 65,535 - 8 (UDP header) - 20 (IPv4 header), or - 0 for IPv6 whose
    // payload length leaves the 40-byte header out. Any other family gets the larger one.
    static constexpr qint64 maxUdpPayloadIpv4 = 65507;
    static constexpr qint64 maxUdpPayloadIpv6 = 65527;
    // A TCP payload is held in memory whole (log, write queue): a cap, not a protocol limit.
    static constexpr qint64 maxTcpPayload = qint64(256) << 20;

    static Limit udpLimit(QAbstractSocket::NetworkLayerProtocol family);
    static Limit tcpLimit();

    // The whole file, or nullopt with one sentence in error. A regular file larger than the
    // limit is refused from its size before a byte is read; a stream (pipe, FIFO, device such
    // as /dev/zero) is read to at most limit + 1 bytes and refused when it holds more. A FIFO
    // is opened without blocking and refused when no process writes to it.
    static std::optional<QByteArray> read(const QString &path, const Limit &limit, QString *error);
};
