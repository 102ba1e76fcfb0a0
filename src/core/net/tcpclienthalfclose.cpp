// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpclientsession.h"

#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

void TcpClientSession::finishSending()
{
    if (deferToOwnThread([this] { finishSending(); }))
        return;
    if (!m_socket || state() != State::Connected || m_closeRequested || m_sendingFinished)
        return;
    m_finishSendingRequested = true;
    shutdownWriteWhenWritten();
}

void TcpClientSession::shutdownWriteWhenWritten()
{
    // The queue holds what Qt has not handed to the kernel: FIN must follow the last byte.
    if (!m_socket || m_sendingFinished || !m_queue.isEmpty() || m_socket->bytesToWrite() > 0)
        return;
    // TLS: FIN under the records would cut the stream without close_notify, which a peer must
    // take as a truncation attack, and Qt 6.4 sends close_notify only as part of a full close.
    // So the connection stays open for the peer's replies, and the log says why.
    if (const auto *tls = qobject_cast<QSslSocket *>(m_socket); tls && tls->isEncrypted()) {
        if (tls->encryptedBytesToWrite() > 0)
            return;
        m_finishSendingRequested = false;
        m_sendingFinished = true;
        recordInfo(tr("done sending; over TLS no FIN is sent (it would cut the stream without "
                      "close_notify), so the connection stays open until the peer closes it"),
                   localEndpoint(), peerEndpoint());
        return;
    }
    m_finishSendingRequested = false;
#ifdef Q_OS_UNIX
    // Qt 6.4 has no half-close; the descriptor stays Qt's, which goes on reading it.
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0) {
        fail(tr("shutdown() of the sending side failed: %1.").arg(qt_error_string(errno)),
             localEndpoint(), peerEndpoint());
        return;
    }
    m_sendingFinished = true;
    recordInfo(tr("shutdown(SHUT_WR): our side is done sending (FIN); still receiving"),
               localEndpoint(), peerEndpoint());
#endif
}
