// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/socketsessionmatcher.h"

#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"

namespace {

// A session bound to 0.0.0.0 sees its sockets as such; a listener bound to :: reports
// accepted IPv4 peers as mapped, which Endpoint already shows as IPv4.
bool samePlace(const Endpoint &session, const Endpoint &socket)
{
    return !session.isNull() && session == socket;
}

int tcpMatch(const SocketRecord &record, Session *session)
{
    if (auto *server = qobject_cast<TcpServerSession *>(session)) {
        if (record.state == SocketRecord::State::Listen) {
            // Every listener: a server on "localhost" has one on 127.0.0.1 and one on ::1.
            const QList<Endpoint> locals = server->localEndpoints();
            for (const Endpoint &local : locals) {
                if (samePlace(local, record.local))
                    return server->id();
            }
            return 0;
        }
        const QList<TcpServerSession::Connection> connections = server->connections();
        for (const TcpServerSession::Connection &connection : connections) {
            if (samePlace(connection.local, record.local)
                && samePlace(connection.peer, record.remote))
                return server->id();
        }
        return 0;
    }
    if (auto *client = qobject_cast<TcpClientSession *>(session)) {
        if (samePlace(client->localEndpoint(), record.local)
            && samePlace(client->peerEndpoint(), record.remote))
            return client->id();
    }
    return 0;
}

int udpMatch(const SocketRecord &record, Session *session)
{
    auto *udp = qobject_cast<UdpSession *>(session);
    if (!udp)
        return 0;
    // Every socket of the session: a server on "localhost" has one on 127.0.0.1 and one on ::1.
    const QList<Endpoint> locals = udp->localEndpoints();
    for (const Endpoint &local : locals) {
        // A UDP client's socket is bound by the kernel to the any-address; the port decides.
        if (!local.isNull() && local.port() == record.local.port()
            && (local == record.local || local.address().isEqual(record.local.address())
                || record.local.address().isEqual(QHostAddress::AnyIPv4)
                || record.local.address().isEqual(QHostAddress::AnyIPv6)))
            return udp->id();
    }
    return 0;
}

} // namespace

int SocketSessionMatcher::sessionFor(const SocketRecord &record, const QList<Session *> &sessions)
{
    for (Session *session : sessions) {
        if (!session)
            continue;
        const int id = record.protocol == SocketRecord::Protocol::Tcp ? tcpMatch(record, session)
                                                                      : udpMatch(record, session);
        if (id != 0)
            return id;
    }
    return 0;
}
