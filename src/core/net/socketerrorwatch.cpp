// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/socketerrorwatch.h"

#include <QAbstractSocket>
#include <QEvent>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <cerrno>
#include <cstring>
#endif

SocketErrorWatch::SocketErrorWatch(QAbstractSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    // The notifiers belong to Qt's socket engine, a child of the socket. If a future Qt moves
    // them, nothing is found and resets are reported as closes, as before.
    const QList<QSocketNotifier *> notifiers = socket->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers)
        notifier->installEventFilter(this);
}

bool SocketErrorWatch::eventFilter(QObject *watched, QEvent *event)
{
#ifdef Q_OS_UNIX
    if (event->type() != QEvent::SockAct)
        return QObject::eventFilter(watched, event);
    const qintptr fd = m_socket->socketDescriptor();
    if (m_error == 0) {
        int error = 0;
        socklen_t length = sizeof error;
        // Reading SO_ERROR clears it; Qt then reads end-of-file and closes as it would anyway.
        if (fd >= 0
            && ::getsockopt(static_cast<int>(fd), SOL_SOCKET, SO_ERROR, &error, &length) == 0)
            m_error = error;
    }
    auto *notifier = qobject_cast<QSocketNotifier *>(watched);
    if (m_error == 0 && notifier && notifier->type() == QSocketNotifier::Read
        && (m_socket->state() == QAbstractSocket::ConnectedState
            || m_socket->state() == QAbstractSocket::ClosingState)
        && isAtEndOfStream()) {
        // Keep the end-of-file from Qt, and its notifier quiet: Qt re-enables it only when
        // the session reads, and then we come back here.
        notifier->setEnabled(false);
        if (!m_peerFinished) {
            m_peerFinished = true;
            emit peerFinished();
        }
        return true;
    }
#endif
    return QObject::eventFilter(watched, event);
}

bool SocketErrorWatch::isAtEndOfStream() const
{
#ifdef Q_OS_UNIX
    const qintptr fd = m_socket->socketDescriptor();
    char byte = 0;
    // 0 from a peek: nothing left before the FIN. Data or EAGAIN: Qt reads as usual.
    return fd >= 0 && ::recv(static_cast<int>(fd), &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
#else
    return false;
#endif
}

QString SocketErrorWatch::describe(int error)
{
    if (error == 0)
        return {};
#ifdef Q_OS_UNIX
    switch (error) {
    case ECONNRESET:
        return tr("connection reset by the peer (RST); data still in flight may be lost");
    case ETIMEDOUT:
        return tr("connection timed out: the peer stopped acknowledging data");
    case EPIPE:
        return tr("connection broken: the peer is gone");
    case EHOSTUNREACH:
    case ENETUNREACH:
        return tr("connection lost: the peer became unreachable");
    default:
        return tr("connection failed: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
#else
    return tr("connection failed (error %1)").arg(error);
#endif
}
