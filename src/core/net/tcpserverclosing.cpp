// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/tcpsocketcontrol.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <climits>

// How TcpServerSession ends a connection: after the peer's FIN once what we queued is written,
// on the user's request, or with a reset when the peer stops reading for a whole grace period.
// Whatever ends it, the reason waits on the socket (CloseReasonProperty) until disconnected()
// reaches forget() in tcpserversession.cpp, which logs what was never sent and the close.

void TcpServerSession::onPeerFinished(int connectionId)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    link->peerFinished = true;
    const qint64 queued = link->queue.pendingBytes();
    if (queued > 0 || link->readingPaused) {
        recordInfo(tr("peer half-closed (FIN); %n byte(s) still to send before we close",
                      nullptr, static_cast<int>(std::min<qint64>(queued, INT_MAX))),
                   link->local, link->peer, connectionId);
        // Closes if the peer stops reading for a whole grace period.
        if (!link->deadline) {
            link->deadline = new QTimer(link->socket);
            link->deadline->setSingleShot(true);
            link->deadline->setInterval(TcpSocketControl::closeGraceMs);
            connect(link->deadline, &QTimer::timeout, this,
                    [this, connectionId] { onCloseDeadline(connectionId); });
        }
        link->deadline->start();
    }
    closeIfPeerFinished(connectionId);
}

void TcpServerSession::closeIfPeerFinished(int connectionId)
{
    Link *link = linkFor(connectionId);
    if (!link || !link->peerFinished || link->closing || link->readingPaused
        || link->socket->bytesAvailable() > 0)
        return;
    // The peer's stream has ended: so has any message it left unfinished (answering an
    // idle-framed one may queue bytes, waited for below).
    if (!finishFraming(connectionId))
        return;
    link = linkFor(connectionId);
    if (!link || link->readingPaused || !link->queue.isEmpty())
        return;
    closeLink(connectionId, tr("closed by the peer"));
}

void TcpServerSession::closeLink(int connectionId, const QString &reason)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    if (link->closing) {
        // Asked twice: the user does not want to wait for the grace period.
        abortLink(connectionId,
                  tr("aborted by us with %n byte(s) not yet read by the peer", nullptr,
                     static_cast<int>(std::min<qint64>(link->queue.pendingBytes(), INT_MAX))));
        return;
    }
    link->closing = true;
    link->socket->setProperty(CloseReasonProperty, reason);
    if (!link->deadline) {
        link->deadline = new QTimer(link->socket);
        link->deadline->setSingleShot(true);
        connect(link->deadline, &QTimer::timeout, this,
                [this, connectionId] { onCloseDeadline(connectionId); });
    }
    link->deadline->setInterval(TcpSocketControl::closeGraceMs);
    link->deadline->start();
    QTcpSocket *socket = link->socket;
    recordInfo(QStringLiteral("close()"), link->local, link->peer, connectionId);
    // Writes what is queued, then sends FIN; may emit disconnected() (and end the link) now.
    socket->disconnectFromHost();
}

void TcpServerSession::onCloseDeadline(int connectionId)
{
    const Link *link = linkFor(connectionId);
    if (!link)
        return;
    abortLink(connectionId,
              tr("aborted: the peer did not read %n queued byte(s) within %1 s", nullptr,
                 static_cast<int>(std::min<qint64>(link->queue.pendingBytes(), INT_MAX)))
                      .arg(TcpSocketControl::closeGraceMs / 1000));
}

void TcpServerSession::abortLink(int connectionId, const QString &reason)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    link->closing = true;
    link->socket->setProperty(CloseReasonProperty, reason);
    recordInfo(tr("close() with SO_LINGER 0: reset (RST), the stream is incomplete"),
               link->local, link->peer, connectionId);
    // Emits disconnected(), which logs what was never sent and the close.
    TcpSocketControl::resetAndClose(link->socket);
}

void TcpServerSession::disconnectClient(int connectionId)
{
    if (deferToOwnThread([=, this] { disconnectClient(connectionId); }))
        return;
    closeLink(connectionId, tr("closed by us"));
}
