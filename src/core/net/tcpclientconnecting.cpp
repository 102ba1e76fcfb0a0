// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpclientsession.h"

#include "net/socketnarration.h"

#include <QHostInfo>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

// How TcpClientSession reaches its server: the name looked up off the session's thread, then
// each address tried in turn (IPv4 first, so "localhost" reaches a server on 127.0.0.1) until one
// connects or all have failed or timed out. What happens once connected is in
// tcpclientsession.cpp.

void TcpClientSession::connectToHost(const QString &host, quint16 port, int timeoutMs,
                                     const QByteArray &firstPayload)
{
    if (deferToOwnThread([=, this] { connectToHost(host, port, timeoutMs, firstPayload); }))
        return;
    if (state() != State::Unconnected) {
        fail(tr("Already connected or connecting to %1; disconnect first.")
                     .arg(peerEndpoint().toString()));
        return;
    }
    clearError();
    m_beforeConnect.clear();
    // Queued in the same hop as the connect: a peer that accepts and closes at once can never
    // get between them (a separate send() could arrive after the close).
    if (!firstPayload.isEmpty())
        m_beforeConnect.append(firstPayload);
    m_closedByPeerBeforeSend = false;
    updateBytesToSend();
    m_host = Endpoint::normalizeHost(host);
    m_port = port;
    m_timeoutMs = std::max(1, timeoutMs);
    m_attemptFailures.clear();
    m_candidates.clear();
    if (m_host.isEmpty()) {
        fail(tr("No host given; enter a host name or an address such as 127.0.0.1."));
        return;
    }
    if (!prepareTls())
        return;
    if (!m_connectTimer) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this, &TcpClientSession::onConnectTimeout);
        m_closeTimer = new QTimer(this);
        m_closeTimer->setSingleShot(true);
        connect(m_closeTimer, &QTimer::timeout, this, &TcpClientSession::onCloseDeadline);
        m_ackTimer = new QTimer(this);
        connect(m_ackTimer, &QTimer::timeout, this, &TcpClientSession::checkAcknowledged);
    }
    QHostAddress literal;
    if (literal.setAddress(m_host)) {
        m_candidates = {literal};
        tryNextAddress();
        return;
    }
    setState(State::HostLookup);
    recordInfo(QStringLiteral("getaddrinfo(\"%1\")").arg(m_host));
    m_connectTimer->start(m_timeoutMs); // the timeout covers the lookup too
    m_lookupId = QHostInfo::lookupHost(m_host, this, &TcpClientSession::lookedUp);
}

void TcpClientSession::lookedUp(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return;
    m_lookupId = -1;
    m_connectTimer->stop();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        setState(State::Unconnected);
        fail(tr("Host \"%1\" could not be resolved: %2.").arg(m_host, info.errorString()));
        return;
    }
    // IPv4 first: "localhost" must reach a server bound to 127.0.0.1, the tutorial's default.
    m_candidates = info.addresses();
    std::stable_partition(m_candidates.begin(), m_candidates.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    QStringList names;
    for (const QHostAddress &address : std::as_const(m_candidates))
        names << Endpoint(address, 0).addressString();
    recordInfo(QStringLiteral("getaddrinfo(\"%1\") -> %2").arg(m_host, names.join(u", ")));
    tryNextAddress();
}

void TcpClientSession::tryNextAddress()
{
    resetSocket();
    if (m_candidates.isEmpty()) {
        setState(State::Unconnected);
        m_beforeConnect.clear();
        updateBytesToSend();
        // The row names where it tried (the last address when there were several; the
        // message names every attempt), as the refused connect() it reports was aimed there.
        fail(m_attemptFailures.join(u' '), {}, peerEndpoint());
        return;
    }
    const QHostAddress address = m_candidates.takeFirst();
    const Endpoint target(address, m_port);
    {
        QMutexLocker locker(&m_mutex);
        m_peer = target;
        m_local = {};
    }
    m_closingByUs = false;
    m_closeRequested = false;
    m_peerFinished = false;
    m_finishSendingRequested = false;
    m_sendingFinished = false;
    m_written = 0;
    m_received = 0;
    m_resetError = 0;
    m_closeReason.clear();
    m_queue.clear();
    m_watch = nullptr;
    m_framer.reset();
    m_handshaking = false;
    m_tlsFailure.clear();
    m_socket = createSocket();
    connect(m_socket, &QTcpSocket::connected, this,
            m_sslConfiguration ? &TcpClientSession::startHandshake
                               : &TcpClientSession::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpClientSession::onSocketReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpClientSession::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpClientSession::onSocketError);
    setState(State::Connecting);
    recordInfo(SocketNarration::socketCall(address, true), {}, target);
    recordInfo(QStringLiteral("connect(%1)").arg(target.toString()), {}, target);
    m_connectTimer->start(m_timeoutMs);
    m_socket->connectToHost(address, m_port);
}
