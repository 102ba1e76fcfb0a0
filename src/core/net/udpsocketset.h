// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QHostAddress>
#include <QList>

class QUdpSocket;

// The sockets of one UDP session. Usually one; a server bound to "localhost" has one per
// address family at the same port (127.0.0.1 and ::1), as a TCP server's TcpListenerGroup has
// listeners. A datagram to a peer leaves from the socket of the peer's family, so the reply
// comes from the address the peer sent to. Network thread only; the session owns the sockets
// (QObject children) and closes them through takeAll().
class UdpSocketSet
{
public:
    bool isEmpty() const { return m_sockets.isEmpty(); }
    qsizetype size() const { return m_sockets.size(); }
    // The first socket: the one the session is named after, and a client's only one.
    QUdpSocket *primary() const { return m_sockets.value(0); }
    const QList<QUdpSocket *> &all() const { return m_sockets; }
    void add(QUdpSocket *socket) { m_sockets.append(socket); }
    // The socket a datagram to (or a group membership of) address uses: the one bound to an
    // address of its family, else the first (a single socket, dual-stack or not, takes all).
    QUdpSocket *forAddress(const QHostAddress &address) const;
    // Where a socket is bound, as events name it.
    static Endpoint localOf(const QUdpSocket *socket);
    // Empties the set and hands the sockets over to be closed.
    QList<QUdpSocket *> takeAll();

private:
    QList<QUdpSocket *> m_sockets;
};
