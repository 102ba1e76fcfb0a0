#include "tcpclientsession.h"

#include "socketerrorwatch.h"
#include "socketnarration.h"

#include <QHostInfo>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

TcpClientSession::TcpClientSession(int id, TrafficLog *log, QObject *parent)
    : Session(id, TrafficEvent::Protocol::Tcp, log, parent)
{
}

TcpClientSession::~TcpClientSession()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

Endpoint TcpClientSession::localEndpoint() const
{
    QMutexLocker locker(&m_mutex);
    return m_local;
}

Endpoint TcpClientSession::peerEndpoint() const
{
    QMutexLocker locker(&m_mutex);
    return m_peer;
}

void TcpClientSession::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

void TcpClientSession::connectToHost(const QString &host, quint16 port, int timeoutMs)
{
    if (deferToOwnThread([=, this] { connectToHost(host, port, timeoutMs); }))
        return;
    if (state() != State::Unconnected) {
        fail(tr("Already connected or connecting to %1; disconnect first.")
                     .arg(peerEndpoint().toString()));
        return;
    }
    clearError();
    m_host = Endpoint::normalizeHost(host);
    m_port = port;
    m_timeoutMs = std::max(1, timeoutMs);
    m_attemptFailures.clear();
    m_candidates.clear();
    if (m_host.isEmpty()) {
        fail(tr("No host given; enter a host name or an address such as 127.0.0.1."));
        return;
    }
    if (!m_connectTimer) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this, &TcpClientSession::onConnectTimeout);
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
        fail(m_attemptFailures.join(u' '));
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
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpClientSession::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpClientSession::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpClientSession::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpClientSession::onSocketError);
    setState(State::Connecting);
    recordInfo(SocketNarration::socketCall(address, true), {}, target);
    recordInfo(QStringLiteral("connect(%1)").arg(target.toString()), {}, target);
    m_connectTimer->start(m_timeoutMs);
    m_socket->connectToHost(address, m_port);
}

void TcpClientSession::onConnected()
{
    m_connectTimer->stop();
    const Endpoint local(m_socket->localAddress(), m_socket->localPort());
    const Endpoint peer(m_socket->peerAddress(), m_socket->peerPort());
    {
        QMutexLocker locker(&m_mutex);
        m_local = local;
        m_peer = peer;
    }
    new SocketErrorWatch(m_socket); // a reset must not pass for an orderly close
    record(TrafficEvent::Kind::Connected, local, peer, {},
           tr("connected from local port %1").arg(local.port()));
    setState(State::Connected);
    emit connected(local, peer);
}

void TcpClientSession::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty())
        record(TrafficEvent::Kind::Received, localEndpoint(), peerEndpoint(), data,
               QStringLiteral("recv()"));
}

void TcpClientSession::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const Endpoint peer = peerEndpoint();
    const QString message = SocketNarration::connectionFailure(error, peer,
                                                               m_socket->errorString());
    if (state() == State::Connecting) {
        m_connectTimer->stop();
        m_attemptFailures << message;
        if (!m_candidates.isEmpty())
            recordInfo(tr("%1 Trying the next address.").arg(message), {}, peer);
        // Leave the socket's own signal emission before deleting it.
        QMetaObject::invokeMethod(this, &TcpClientSession::tryNextAddress,
                                  Qt::QueuedConnection);
        return;
    }
    // A peer's orderly close is not an error: disconnected() logs it as a close.
    if (error != QAbstractSocket::RemoteHostClosedError)
        fail(message, localEndpoint(), peer);
}

void TcpClientSession::onDisconnected()
{
    if (!m_socket)
        return;
    onReadyRead();
    const auto *errorWatch = m_socket->findChild<SocketErrorWatch *>();
    const int socketError = errorWatch && !m_closingByUs ? errorWatch->error() : 0;
    const Endpoint local = localEndpoint();
    const Endpoint peer = peerEndpoint();
    record(TrafficEvent::Kind::Closed, local, peer, {},
           socketError != 0 ? SocketErrorWatch::describe(socketError)
           : m_closingByUs  ? tr("closed by us")
                            : tr("closed by the peer"));
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    setState(State::Unconnected);
    // A reset is a network failure (the CLI exits 1), unlike the peer's orderly close.
    if (socketError != 0)
        fail(tr("%1: %2.")
                     .arg(peer.toString(), SocketErrorWatch::describe(socketError)),
             local, peer);
    emit disconnected();
}

void TcpClientSession::onConnectTimeout()
{
    if (state() == State::HostLookup) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        setState(State::Unconnected);
        fail(tr("Looking up \"%1\" timed out after %2 ms: the name server does not answer.")
                     .arg(m_host)
                     .arg(m_timeoutMs));
        return;
    }
    if (state() != State::Connecting)
        return;
    const Endpoint peer = peerEndpoint();
    const QString message = tr("Connecting to %1 timed out after %2 ms: no answer (the host "
                               "may be down, or a firewall drops the packets).")
                                    .arg(peer.toString())
                                    .arg(m_timeoutMs);
    m_attemptFailures << message;
    if (!m_candidates.isEmpty())
        recordInfo(tr("%1 Trying the next address.").arg(message), {}, peer);
    tryNextAddress();
}

void TcpClientSession::send(const QByteArray &payload)
{
    if (deferToOwnThread([=, this] { send(payload); }))
        return;
    if (state() != State::Connected || !m_socket) {
        fail(tr("Not connected; connect before sending (nothing was sent)."));
        return;
    }
    const Endpoint local = localEndpoint();
    const Endpoint peer = peerEndpoint();
    if (payload.isEmpty()) {
        recordInfo(tr("nothing sent: the payload is empty (TCP has no empty messages)"), local,
                   peer);
        return;
    }
    if (m_socket->write(payload) != payload.size()) {
        fail(tr("send() to %1 failed: %2.").arg(peer.toString(), m_socket->errorString()),
             local, peer);
        return;
    }
    record(TrafficEvent::Kind::Sent, local, peer, payload, QStringLiteral("send()"));
}

void TcpClientSession::disconnectFromHost()
{
    if (deferToOwnThread([this] { disconnectFromHost(); }))
        return;
    if (state() != State::Connected) {
        abort();
        return;
    }
    m_closingByUs = true;
    recordInfo(QStringLiteral("close()"), localEndpoint(), peerEndpoint());
    setState(State::Closing);
    m_socket->disconnectFromHost();
}

void TcpClientSession::abort()
{
    if (deferToOwnThread([this] { abort(); }))
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_candidates.clear();
    const bool wasOpen = state() == State::Connected || state() == State::Closing;
    if (m_socket && wasOpen) {
        m_closingByUs = true;
        m_socket->abort();  // emits disconnected(), which logs the close
    }
    resetSocket();
    setState(State::Unconnected);
}

void TcpClientSession::resetSocket()
{
    if (m_connectTimer)
        m_connectTimer->stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}
