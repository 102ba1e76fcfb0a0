// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/socketerrorwatch.h"

#include "net/socketread.h"

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
    for (QSocketNotifier *notifier : notifiers) {
        notifier->installEventFilter(this);
        if (notifier->type() == QSocketNotifier::Read)
            m_readNotifier = notifier;
    }
}

void SocketErrorWatch::noteEndOfStream()
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_peerFinished)
        return;
    m_peerFinished = true;
    emit peerFinished();
}

void SocketErrorWatch::setReadNotificationsEnabled(bool enabled)
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(enabled);
}

qint64 SocketErrorWatch::receive(char *into, qint64 size)
{
#ifdef Q_OS_UNIX
    const qintptr fd = m_socket->socketDescriptor();
    if (fd < 0 || m_error != 0)
        return -1;
    const ssize_t received = ::recv(static_cast<int>(fd), into, size_t(size), MSG_DONTWAIT);
    if (received < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        noteError(errno);
    return received < 0 ? -1 : qint64(received);
#else
    Q_UNUSED(into);
    Q_UNUSED(size);
    return -1;
#endif
}

qint64 SocketErrorWatch::receiveBlock(QByteArray *block)
{
    *block = QByteArray(DirectReadBlockBytes, Qt::Uninitialized);
    const qint64 received = receive(block->data(), DirectReadBlockBytes);
    if (received <= 0) {
        block->clear();
        return received;
    }
    // A short block is kept in an array not much larger than itself: the log's budget counts
    // bytes, not the arrays holding them (see readAvailable()). Shrunk in place; a copy into a
    // new array had doubled the copying of the many short blocks a reader that keeps up gets
    // (callgrind: 20.8 of 36 million instructions of a 64 MiB flood).
    block->truncate(received);
    shrinkIfLoose(*block);
    return received;
}

bool SocketErrorWatch::eventFilter(QObject *watched, QEvent *event)
{
#ifdef Q_OS_UNIX
    if (event->type() != QEvent::SockAct)
        return QObject::eventFilter(watched, event);
    const qintptr fd = m_socket->socketDescriptor();
    auto *notifier = qobject_cast<QSocketNotifier *>(watched);
    if (fd >= 0 && notifier && notifier->type() == QSocketNotifier::Read
        && (m_socket->state() == QAbstractSocket::ConnectedState
            || m_socket->state() == QAbstractSocket::ClosingState)) {
        if (m_directRead) {
            if (m_error == 0)
                m_directRead();
            // Qt reads only after an error: the end-of-file behind it closes the socket.
            // The reader may have closed it already; then Qt has nothing left to do.
            return m_error == 0
                   || (m_socket->state() != QAbstractSocket::ConnectedState
                       && m_socket->state() != QAbstractSocket::ClosingState);
        }
        // One peek tells all three cases apart, where SO_ERROR and a peek took two system
        // calls per read: at each 64 KiB block of a flood, 5 calls became 4 (Qt's poll,
        // FIONREAD and read are the others). The kernel hands out queued data before an
        // error and reports the error (clearing it) only once the queue is empty, so an
        // error behind data is seen when the data has been read, in the order it happened.
        char byte = 0;
        const ssize_t peeked
                = ::recv(static_cast<int>(fd), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            noteError(errno); // Qt then reads end-of-file and closes as it would anyway
        } else if (peeked == 0 && m_error == 0) {
            // End-of-file with nothing before it: keep it from Qt, and its notifier quiet:
            // Qt re-enables it only when the session reads, and then we come back here.
            notifier->setEnabled(false);
            if (!m_peerFinished) {
                m_peerFinished = true;
                emit peerFinished();
            }
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    if (m_error == 0 && fd >= 0) {
        int error = 0;
        socklen_t length = sizeof error;
        // Reading SO_ERROR clears it; Qt then reads end-of-file and closes as it would anyway.
        if (::getsockopt(static_cast<int>(fd), SOL_SOCKET, SO_ERROR, &error, &length) == 0)
            m_error = error;
    }
#endif
    return QObject::eventFilter(watched, event);
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
