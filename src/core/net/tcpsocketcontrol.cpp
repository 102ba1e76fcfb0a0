// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpsocketcontrol.h"

#include <QAbstractSocket>
#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <cerrno>
#endif
#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#endif

namespace TcpSocketControl {

void resetAndClose(QAbstractSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger reset{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    }
#endif
    socket->abort();
}

qint64 unacknowledgedBytes(const QAbstractSocket *socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket->socketDescriptor();
    int queued = 0;
    if (fd >= 0 && ::ioctl(static_cast<int>(fd), SIOCOUTQ, &queued) == 0)
        return queued;
#else
    Q_UNUSED(socket);
#endif
    return -1;
}

int takeSocketError(QAbstractSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    int error = 0;
    socklen_t length = sizeof error;
    if (fd >= 0
        && ::getsockopt(static_cast<int>(fd), SOL_SOCKET, SO_ERROR, &error, &length) == 0)
        return error;
#else
    Q_UNUSED(socket);
#endif
    return 0;
}

WriteNowResult writeNow(QAbstractSocket *socket, const QByteArray &data)
{
    WriteNowResult result;
#ifdef Q_OS_UNIX
    if (data.isEmpty() || socket->state() != QAbstractSocket::ConnectedState
        || socket->bytesToWrite() > 0)
        return result;
    if (const auto *ssl = qobject_cast<const QSslSocket *>(socket);
        ssl && ssl->mode() != QSslSocket::UnencryptedMode)
        return result;
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return result;
    ssize_t sent = 0;
    do {
        sent = ::send(static_cast<int>(fd), data.constData(), static_cast<size_t>(data.size()),
                      MSG_DONTWAIT | MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent >= 0)
        result.written = sent;
    else if (errno != EAGAIN && errno != EWOULDBLOCK)
        result.error = errno;
#else
    Q_UNUSED(socket);
    Q_UNUSED(data);
#endif
    return result;
}

} // namespace TcpSocketControl
