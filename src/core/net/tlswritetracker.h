// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QSslSocket;
class QTcpSocket;

// When the kernel has taken what was sent on a socket, counted in the bytes the sender gave
// (plaintext). A plain socket says so itself (channelBytesWritten). A QSslSocket's
// channelBytesWritten only means SSL_write() took the plaintext: the records then wait in
// its internal socket's buffer, which a peer that does not read lets grow without bound. So
// for TLS the plaintext is reported only when that buffer has drained to the kernel
// (encryptedBytesWritten with encryptedBytesToWrite() == 0): never early, at worst late by
// one buffer's worth, and the write queue limits keep holding against a peer that does not
// read.
class TlsWriteTracker : public QObject
{
    Q_OBJECT

public:
    // Calls onWritten(bytes) as the kernel takes socket's data, for plain and TLS sockets.
    static void connectWritten(QTcpSocket *socket, QObject *context,
                               std::function<void(qint64)> onWritten);

signals:
    void written(qint64 bytes);

private:
    explicit TlsWriteTracker(QSslSocket *socket);
    void onPlaintextAccepted(qint64 bytes);
    void onEncryptedWritten();

    QSslSocket *m_socket;
    qint64 m_accepted = 0; // plaintext SSL_write() took, not yet reported
};
