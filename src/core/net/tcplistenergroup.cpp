// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcplistenergroup.h"

#include <QTcpSocket>

TcpListenerGroup::TcpListenerGroup(QObject *parent)
    : QTcpServer(parent)
{
}

bool TcpListenerGroup::listenAll(const QList<QHostAddress> &addresses, quint16 port)
{
    if (addresses.isEmpty() || !listen(addresses.first(), port))
        return false;
    for (qsizetype i = 1; i < addresses.size(); ++i) {
        auto *companion = new QTcpServer(this);
        companion->setListenBacklogSize(listenBacklogSize());
        companion->setMaxPendingConnections(maxPendingConnections());
        Extra extra;
        extra.address = addresses.at(i);
        if (!companion->listen(addresses.at(i), serverPort())) {
            extra.errorString = companion->errorString();
            delete companion;
            m_extras.append(extra);
            continue;
        }
        extra.local = Endpoint(companion->serverAddress(), companion->serverPort());
        m_extras.append(extra);
        m_companions.append(companion);
        connect(companion, &QTcpServer::newConnection, this,
                [this, companion] { takeFrom(companion); });
        connect(companion, &QTcpServer::acceptError, this, &QTcpServer::acceptError);
    }
    return true;
}

void TcpListenerGroup::takeFrom(QTcpServer *companion)
{
    bool any = false;
    while (companion->hasPendingConnections()) {
        addPendingConnection(companion->nextPendingConnection());
        any = true;
    }
    if (any)
        emit newConnection();
}

void TcpListenerGroup::setMaxPendingConnections(int count)
{
    QTcpServer::setMaxPendingConnections(count);
    for (QTcpServer *companion : std::as_const(m_companions))
        companion->setMaxPendingConnections(count);
}

void TcpListenerGroup::pauseAccepting()
{
    QTcpServer::pauseAccepting();
    for (QTcpServer *companion : std::as_const(m_companions))
        companion->pauseAccepting();
}

void TcpListenerGroup::resumeAccepting()
{
    QTcpServer::resumeAccepting();
    for (QTcpServer *companion : std::as_const(m_companions))
        companion->resumeAccepting();
}

void TcpListenerGroup::close()
{
    for (QTcpServer *companion : std::as_const(m_companions))
        companion->close();
    QTcpServer::close();
}
