// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tlswritetracker.h"

#include <QSslSocket>

TlsWriteTracker::TlsWriteTracker(QSslSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QSslSocket::channelBytesWritten, this,
            [this](int, qint64 bytes) { onPlaintextAccepted(bytes); });
    connect(socket, &QSslSocket::encryptedBytesWritten, this,
            &TlsWriteTracker::onEncryptedWritten);
}

void TlsWriteTracker::connectWritten(QTcpSocket *socket, QObject *context,
                                     std::function<void(qint64)> onWritten)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(socket);
        ssl && ssl->mode() != QSslSocket::UnencryptedMode) {
        auto *tracker = new TlsWriteTracker(ssl);
        connect(tracker, &TlsWriteTracker::written, context, std::move(onWritten));
        return;
    }
    // channelBytesWritten, unlike bytesWritten, is emitted even from within a slot of it.
    connect(socket, &QTcpSocket::channelBytesWritten, context,
            [onWritten = std::move(onWritten)](int, qint64 bytes) { onWritten(bytes); });
}

void TlsWriteTracker::onPlaintextAccepted(qint64 bytes)
{
    m_accepted += bytes;
    // The records may already have gone out within the same call.
    if (m_socket->encryptedBytesToWrite() == 0)
        onEncryptedWritten();
}

void TlsWriteTracker::onEncryptedWritten()
{
    if (m_accepted == 0 || m_socket->encryptedBytesToWrite() > 0)
        return;
    const qint64 bytes = std::exchange(m_accepted, 0);
    emit written(bytes);
}
