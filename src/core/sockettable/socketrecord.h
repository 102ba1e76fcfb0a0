// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>

// One socket of the machine as a snapshot saw it: raw values, formatted by whoever shows it.
struct SocketRecord
{
    enum class Protocol : quint8 { Tcp, Udp };
    enum class Family : quint8 { IPv4, IPv6 };
    // The kernel's own numbering (include/net/tcp_states.h), shared by TCP and UDP sockets.
    enum class State : quint8 {
        Unknown = 0,
        Established = 1,
        SynSent = 2,
        SynRecv = 3,
        FinWait1 = 4,
        FinWait2 = 5,
        TimeWait = 6,
        Close = 7,
        CloseWait = 8,
        LastAck = 9,
        Listen = 10,
        Closing = 11,
        NewSynRecv = 12,
    };

    Protocol protocol = Protocol::Tcp;
    Family family = Family::IPv4;
    Endpoint local;
    Endpoint remote;
    State state = State::Unknown;
    quint32 recvQ = 0;
    quint32 sendQ = 0;
    quint32 uid = 0;
    quint64 inode = 0; // 0 for sockets no process holds (TIME-WAIT)
    // What is left of the socket's running kernel timer in ms (TIME-WAIT: until the kernel
    // drops it; else a retransmission, keepalive or probe timer); -1 when none runs or the
    // table does not say.
    qint64 timerMs = -1;
    qint64 pid = 0; // 0: unknown (nobody holds it, or we may not look at the holder)
    QString process; // the holder's /proc/<pid>/comm
    bool isOwn = false; // held by this very process (SockLab)

    // "tcp", "udp": stable names for JSON and filters.
    QString protocolName() const;
    // "tcp", "tcp6", "udp", "udp6" as netstat prints the Proto column.
    QString netstatProtocol() const;
    // "ipv4" / "ipv6".
    QString familyName() const;
    // The name ss uses (UDP's unconnected state is UNCONN), with ESTABLISHED spelled out
    // the way netstat prints it.
    QString stateName() const { return stateName(protocol, state); }
    static QString stateName(Protocol protocol, State state);
    // Listening in netstat's sense: a TCP listener or an unconnected UDP socket.
    bool isListening() const;

    // Identity across snapshots: the same socket keeps its key while it lives.
    struct Key
    {
        Protocol protocol = Protocol::Tcp;
        Endpoint local;
        Endpoint remote;
        quint64 inode = 0;
        bool operator==(const Key &other) const = default;
    };
    Key key() const { return {protocol, local, remote, inode}; }

    // Everything that may change while the key stays the same.
    bool sameDetails(const SocketRecord &other) const;
};

inline size_t qHash(const SocketRecord::Key &key, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(key.protocol), key.local, key.remote, key.inode);
}

Q_DECLARE_METATYPE(SocketRecord)
