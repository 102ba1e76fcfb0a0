// SPDX-License-Identifier: GPL-3.0-or-later
// TcpServerSession's TLS: a QSslServer (Qt 6.4) accepts, runs SSL_accept with its own
// handshake deadline, and hands over only connections whose handshake succeeded; the session
// narrates each step.
#include "net/tcpserversession.h"

#include "net/tlsnarration.h"

#include <QPointer>
#include <QSslCertificate>
#include <QSslServer>
#include <QSslSocket>

#include <algorithm>
#include <functional>

namespace {
constexpr char tlsPeerProperty[] = "socklabTlsPeer";

Endpoint peerOf(const QSslSocket *socket)
{
    return Endpoint(socket->peerAddress(), socket->peerPort());
}

QString peerName(const QSslSocket *socket)
{
    return socket->property(tlsPeerProperty).toString();
}

// A QSslServer that says when it accepted a connection: its own startedEncryptionHandshake()
// waits for the client's first bytes, so a client that never sends would go unnoticed.
class NarratedSslServer : public QSslServer
{
public:
    using QSslServer::QSslServer;
    std::function<void(QSslSocket *)> onAccepted;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslServer::incomingConnection(descriptor);
        const QList<QSslSocket *> sockets =
                findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
        for (QSslSocket *socket : sockets) {
            if (socket->socketDescriptor() == descriptor && onAccepted)
                onAccepted(socket);
        }
    }
};
} // namespace

QTcpServer *TcpServerSession::createTlsListener(const TcpServerOptions &options,
                                                const Endpoint &requested, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("TLS is not available: Qt found no usable OpenSSL library.");
        return nullptr;
    }
    const std::optional<QSslConfiguration> configuration =
            TlsNarration::serverConfiguration(options.tls, error);
    if (!configuration)
        return nullptr;
    auto *server = new NarratedSslServer(this);
    server->setSslConfiguration(*configuration);
    server->setHandshakeTimeout(std::max(1, options.tls.handshakeTimeoutMs));
    recordInfo(tr("TLS: our certificate %1; at least %2%3")
                       .arg(TlsNarration::describeCertificate(configuration->localCertificate()),
                            TlsNarration::protocolName(options.tls.minimumProtocol),
                            options.tls.requireClientCertificate
                                    ? tr("; clients must present a certificate")
                                    : QString()),
               requested);
    // newConnection() comes as TCP accepts, before the handshake; a connection is handed over
    // (and pendingConnectionAvailable() emitted) once its handshake succeeded.
    connect(server, &QSslServer::pendingConnectionAvailable, this,
            &TcpServerSession::acceptPending);
    const int handshakeMs = options.tls.handshakeTimeoutMs;
    server->onAccepted = [this](QSslSocket *socket) {
        const Endpoint peer = peerOf(socket);
        // Kept on the socket: once a handshake failed, the socket no longer knows its peer.
        socket->setProperty(tlsPeerProperty, QVariant::fromValue(peer.toString()));
        recordInfo(tr("accept() -> %1; SSL_accept(): TLS handshake").arg(peer.toString()),
                   localEndpoint(), peer);
    };
    connect(server, &QSslServer::sslErrors, this,
            [this](QSslSocket *socket, const QList<QSslError> &errors) {
                recordInfo(TlsNarration::certificateProblem(errors, peerName(socket)),
                           localEndpoint(), peerOf(socket));
            });
    connect(server, &QSslServer::errorOccurred, this,
            [this, handshakeMs](QSslSocket *socket, QAbstractSocket::SocketError failure) {
                // QSslServer aborts a handshake that ran out of time and reports an unknown
                // error for it.
                const bool timedOut = failure == QAbstractSocket::UnknownSocketError
                        || failure == QAbstractSocket::SocketTimeoutError;
                recordInfo(timedOut ? tr("TLS handshake with %1 did not finish within %2 ms; "
                                         "connection closed")
                                              .arg(peerName(socket))
                                              .arg(handshakeMs)
                                    : tr("TLS handshake with %1 failed: %2; connection closed")
                                              .arg(peerName(socket), socket->errorString()),
                           localEndpoint(), peerOf(socket));
            });
    return server;
}

void TcpServerSession::narrateTls(int connectionId, QTcpSocket *socket)
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!ssl || !ssl->isEncrypted())
        return;
    const Endpoint local(ssl->localAddress(), ssl->localPort());
    const Endpoint peer = peerOf(ssl);
    recordInfo(tr("TLS handshake done: %1").arg(TlsNarration::describeSession(ssl)), local,
               peer, connectionId);
    // The peer's close_notify ends its stream as a FIN does: Qt reports it as an error and
    // leaves the connection open, and a peer like socat then waits for our close_notify.
    // Acted on in the next event-loop turn, never inside the signal: Qt emits it from within
    // its TLS backend's transmit(), and closing there freed the SSL object under a flush Qt had
    // already posted, which then crashed in CRYPTO_set_ex_data (AddressSanitizer, socat as
    // the client, tests/interop/tls_python_socat.py).
    connect(
            ssl, &QSslSocket::errorOccurred, this,
            [this, connectionId, ssl](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError)
                    return;
                QMetaObject::invokeMethod(
                        this,
                        [this, connectionId, alive = QPointer<QSslSocket>(ssl)] {
                            Link *link = linkFor(connectionId);
                            if (!alive || !link || link->socket != alive || link->peerFinished
                                || alive->state() != QAbstractSocket::ConnectedState)
                                return;
                            recordInfo(tr("the peer ended TLS (close_notify)"), link->local,
                                       link->peer, connectionId);
                            onPeerFinished(connectionId);
                        },
                        Qt::QueuedConnection);
            });
    const QSslCertificate client = ssl->peerCertificate();
    recordInfo(client.isNull() ? tr("the client presented no certificate")
                               : tr("client certificate: %1")
                                         .arg(TlsNarration::describeCertificate(client)),
               local, peer, connectionId);
}
