// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/endpoint.h"

#include <QList>
#include <QTcpServer>

// A QTcpServer that listens on more than one address at the same port ("localhost": 127.0.0.1
// and ::1). It listens on the first address itself; each further address gets a companion
// server whose accepted sockets are handed on as this server's own pending connections, so
// a session drains one queue. Pausing, resuming, the pending limit and close() apply to all:
// call them on this type (QTcpServer's are not virtual).
class TcpListenerGroup : public QTcpServer
{
    Q_OBJECT

public:
    struct Extra
    {
        QHostAddress address;
        Endpoint local;     // null when listening failed
        QString errorString; // why it failed
    };

    explicit TcpListenerGroup(QObject *parent = nullptr);

    // Listens on addresses.first() (false on failure, as QTcpServer::listen), then on the
    // others at the port it got; a failure there is kept in extras(), not fatal.
    bool listenAll(const QList<QHostAddress> &addresses, quint16 port);
    const QList<Extra> &extras() const { return m_extras; }

    void setMaxPendingConnections(int count);
    void pauseAccepting();
    void resumeAccepting();
    void close();

private:
    void takeFrom(QTcpServer *companion);

    QList<Extra> m_extras;
    QList<QTcpServer *> m_companions;
};
