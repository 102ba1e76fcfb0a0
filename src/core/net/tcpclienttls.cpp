// SPDX-License-Identifier: GPL-3.0-or-later
// TcpClientSession's TLS: a QSslSocket per attempt, SSL_connect once TCP is up, the
// certificate decision and the narration of the handshake.
#include "net/tcpclientsession.h"

#include "net/tlsnarration.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

TlsOptions TcpClientSession::tls() const
{
    QMutexLocker locker(&m_mutex);
    return m_tls;
}

void TcpClientSession::setTls(const TlsOptions &tls)
{
    QMutexLocker locker(&m_mutex);
    m_tls = tls;
}

bool TcpClientSession::prepareTls()
{
    m_activeTls = tls();
    m_sslConfiguration.reset();
    if (!m_activeTls.enabled)
        return true;
    if (!QSslSocket::supportsSsl()) {
        fail(tr("TLS is not available: Qt found no usable OpenSSL library."));
        return false;
    }
    QString error;
    const std::optional<QSslConfiguration> configuration =
            TlsNarration::clientConfiguration(m_activeTls, &error);
    if (!configuration) {
        fail(error);
        return false;
    }
    m_sslConfiguration = std::make_shared<QSslConfiguration>(*configuration);
    return true;
}

QTcpSocket *TcpClientSession::createSocket()
{
    if (!m_sslConfiguration)
        return new QTcpSocket(this);
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_sslConfiguration);
    // The name the user typed: sent as SNI (not for an address) and checked against the
    // certificate, whichever of its addresses we connect to.
    socket->setPeerVerifyName(m_host);
    connect(socket, &QSslSocket::sslErrors, this, &TcpClientSession::onSslErrors);
    connect(socket, &QSslSocket::encrypted, this, &TcpClientSession::onEncrypted);
    return socket;
}

void TcpClientSession::startHandshake()
{
    auto *socket = qobject_cast<QSslSocket *>(m_socket);
    if (!socket)
        return;
    const Endpoint local(socket->localAddress(), socket->localPort());
    const Endpoint peer(socket->peerAddress(), socket->peerPort());
    recordInfo(tr("connect() -> connected from local port %1").arg(local.port()), local, peer);
    const bool sendsName = QHostAddress(m_host).isNull();
    recordInfo(sendsName ? tr("SSL_connect(): TLS handshake, server name (SNI) \"%1\", at least "
                              "%2")
                                   .arg(m_host, TlsNarration::protocolName(
                                                        m_activeTls.minimumProtocol))
                         : tr("SSL_connect(): TLS handshake, at least %1")
                                   .arg(TlsNarration::protocolName(
                                           m_activeTls.minimumProtocol)),
               local, peer);
    m_handshaking = true;
    // The deadline of the handshake: a peer that accepts TCP and says nothing.
    m_connectTimer->start(std::max(1, m_activeTls.handshakeTimeoutMs));
    socket->startClientEncryption();
}

void TcpClientSession::onSslErrors(const QList<QSslError> &errors)
{
    auto *socket = qobject_cast<QSslSocket *>(m_socket);
    if (!socket)
        return;
    const Endpoint peer = peerEndpoint();
    const QString problem = TlsNarration::certificateProblem(errors, m_host);
    if (TlsNarration::isPinned(socket->peerCertificate(), m_activeTls.trustedFingerprints)) {
        recordInfo(tr("%1 Trusted anyway: its SHA-256 fingerprint was chosen as trusted for "
                      "this host.")
                           .arg(problem),
                   {}, peer);
        socket->ignoreSslErrors(errors);
        return;
    }
    if (m_activeTls.insecure) {
        recordInfo(tr("%1 Continuing without verification, as insecure mode was chosen.")
                           .arg(problem),
                   {}, peer);
        socket->ignoreSslErrors(errors);
        return;
    }
    // Not ignored: Qt fails the handshake; the same certificate waits at every address.
    m_tlsFailure = problem;
    m_candidates.clear();
    const QSslCertificate certificate = socket->peerCertificate();
    if (!certificate.isNull())
        emit certificateRejected(problem, TlsNarration::fingerprint(certificate));
}

void TcpClientSession::onEncrypted()
{
    auto *socket = qobject_cast<QSslSocket *>(m_socket);
    if (!socket)
        return;
    m_handshaking = false;
    const Endpoint local(socket->localAddress(), socket->localPort());
    const Endpoint peer(socket->peerAddress(), socket->peerPort());
    recordInfo(tr("TLS handshake done: %1").arg(TlsNarration::describeSession(socket)), local,
               peer);
    recordInfo(tr("server certificate: %1")
                       .arg(TlsNarration::describeCertificate(socket->peerCertificate())),
               local, peer);
    if (!socket->sslConfiguration().localCertificate().isNull())
        recordInfo(tr("our client certificate: %1")
                           .arg(TlsNarration::describeCertificate(
                                   socket->sslConfiguration().localCertificate())),
                   local, peer);
    recordInfo(tr("application data below is shown decrypted; \"sent\" counts plaintext bytes "
                  "once their encrypted records reached the kernel"),
               local, peer);
    // The peer's close_notify ends its stream as a FIN does; acted on in the next event-loop
    // turn, never inside Qt's TLS backend (see TcpServerSession::narrateTls()).
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError)
                    return;
                QMetaObject::invokeMethod(
                        this,
                        [this, alive = QPointer<QSslSocket>(socket)] {
                            if (!alive || m_socket != alive || m_peerFinished
                                || alive->state() != QAbstractSocket::ConnectedState)
                                return;
                            recordInfo(tr("the peer ended TLS (close_notify)"), localEndpoint(),
                                       peerEndpoint());
                            onPeerFinished();
                        },
                        Qt::QueuedConnection);
            });
    onConnected();
}

QString TcpClientSession::tlsFailure() const
{
    if (!m_tlsFailure.isEmpty())
        return m_tlsFailure;
    if (!m_handshaking || !m_socket)
        return {};
    const QString peer = peerEndpoint().toString();
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return tr("%1 closed the connection during the TLS handshake.").arg(peer);
    return tr("The TLS handshake with %1 failed: %2.").arg(peer, m_socket->errorString());
}
