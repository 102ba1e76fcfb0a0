// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/udpsocketset.h"

#include <QUdpSocket>

#include <utility>

QUdpSocket *UdpSocketSet::forAddress(const QHostAddress &address) const
{
    // Only a set of more than one socket has a choice to make: one socket is asked for
    // everything, whatever its family, as before there were sets.
    if (m_sockets.size() > 1) {
        // An IPv4 address is IPv4 here even written as ::ffff:a.b.c.d (Endpoint unwraps them).
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        for (QUdpSocket *socket : m_sockets) {
            const bool socketV4
                    = socket->localAddress().protocol() == QAbstractSocket::IPv4Protocol;
            if (socketV4 == v4)
                return socket;
        }
    }
    return primary();
}

Endpoint UdpSocketSet::localOf(const QUdpSocket *socket)
{
    return socket ? Endpoint(socket->localAddress(), socket->localPort()) : Endpoint();
}

QList<QUdpSocket *> UdpSocketSet::takeAll()
{
    return std::exchange(m_sockets, {});
}
