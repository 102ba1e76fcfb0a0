// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/socketrecord.h"

QString SocketRecord::protocolName() const
{
    return protocol == Protocol::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}

QString SocketRecord::netstatProtocol() const
{
    return family == Family::IPv6 ? protocolName() + u'6' : protocolName();
}

QString SocketRecord::familyName() const
{
    return family == Family::IPv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
}

QString SocketRecord::stateName(Protocol protocol, State state)
{
    switch (state) {
    case State::Established:
        return QStringLiteral("ESTABLISHED");
    case State::SynSent:
        return QStringLiteral("SYN-SENT");
    case State::SynRecv:
        return QStringLiteral("SYN-RECV");
    case State::FinWait1:
        return QStringLiteral("FIN-WAIT-1");
    case State::FinWait2:
        return QStringLiteral("FIN-WAIT-2");
    case State::TimeWait:
        return QStringLiteral("TIME-WAIT");
    case State::Close:
        // A UDP socket that is not connected sits in TCP_CLOSE; ss calls that UNCONN.
        return protocol == Protocol::Udp ? QStringLiteral("UNCONN") : QStringLiteral("CLOSE");
    case State::CloseWait:
        return QStringLiteral("CLOSE-WAIT");
    case State::LastAck:
        return QStringLiteral("LAST-ACK");
    case State::Listen:
        return QStringLiteral("LISTEN");
    case State::Closing:
        return QStringLiteral("CLOSING");
    case State::NewSynRecv:
        return QStringLiteral("NEW-SYN-RECV");
    case State::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

bool SocketRecord::isListening() const
{
    if (protocol == Protocol::Tcp)
        return state == State::Listen;
    return state == State::Close;
}

bool SocketRecord::sameDetails(const SocketRecord &other) const
{
    return state == other.state && recvQ == other.recvQ && sendQ == other.sendQ && uid == other.uid
        && pid == other.pid && process == other.process && isOwn == other.isOwn;
}
