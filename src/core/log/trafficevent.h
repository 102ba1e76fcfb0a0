// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One thing that happened on a socket, kept as raw values: the payload stays bytes and the
// timestamp stays a number, so nothing is formatted on the network thread.
struct TrafficEvent
{
    enum class Protocol : quint8 { Tcp, Udp };
    enum class Kind : quint8 {
        Listening,
        Accepted,
        Connected,
        Received,
        Sent,
        Closed,
        Error,
        Info
    };
    // Which end the session is: a listening/bound server or a client. Part of its name.
    enum class Role : quint8 { Server, Client };

    quint64 sequence = 0;     // assigned by TrafficLog::append, strictly increasing from 1
    qint64 timestampMs = 0;   // wall clock, ms since the epoch (UTC)
    int sessionId = 0;
    int connectionId = 0;     // TCP server: which accepted connection; 0 otherwise
    Protocol protocol = Protocol::Tcp;
    Kind kind = Kind::Info;
    Role role = Role::Server;
    Endpoint local;
    Endpoint peer;
    QByteArray payload;       // may be shorter than size when the log had to cut it
    qint64 size = 0;          // bytes on the wire for received/sent, else 0
    QString message;          // for error/info (and a reason for closed)

    bool isPayloadTruncated() const { return payload.size() < size; }

    // Stable, untranslated names used in JSON and filters: "tcp", "received", ...
    static QString protocolName(Protocol protocol);
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(TrafficEvent)
