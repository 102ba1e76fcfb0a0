// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/trafficevent.h"

QString TrafficEvent::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp:
        return QStringLiteral("tcp");
    case Protocol::Udp:
        return QStringLiteral("udp");
    }
    return {};
}

QString TrafficEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Listening:
        return QStringLiteral("listening");
    case Kind::Accepted:
        return QStringLiteral("accepted");
    case Kind::Connected:
        return QStringLiteral("connected");
    case Kind::Received:
        return QStringLiteral("received");
    case Kind::Sent:
        return QStringLiteral("sent");
    case Kind::Closed:
        return QStringLiteral("closed");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::Info:
        return QStringLiteral("info");
    }
    return {};
}
