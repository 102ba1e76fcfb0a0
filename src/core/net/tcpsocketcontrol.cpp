// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpsocketcontrol.h"

#include <QAbstractSocket>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>
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

} // namespace TcpSocketControl
