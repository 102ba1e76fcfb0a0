#include "tcpserversession.h"

#include "socketnarration.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
// Why a connection ended, kept on the socket until its disconnected() arrives.
constexpr const char *closeReasonProperty = "socklab.closeReason";
constexpr qint64 readBufferBytes = 64 * 1024;
} // namespace

TcpServerSession::TcpServerSession(int id, TrafficLog *log, QObject *parent)
    : Session(id, TrafficEvent::Protocol::Tcp, log, parent)
{
}

TcpServerSession::~TcpServerSession()
{
    // Sockets are children; cut their signals first so none reaches a half-destroyed session.
    if (m_server)
        m_server->disconnect(this);
    for (const Link &link : std::as_const(m_links)) {
        link.socket->disconnect(this);
        link.socket->abort();
    }
}

Endpoint TcpServerSession::localEndpoint() const
{
    QMutexLocker locker(&m_mutex);
    return m_local;
}

QList<TcpServerSession::Connection> TcpServerSession::connections() const
{
    QMutexLocker locker(&m_mutex);
    return m_connections.values();
}

TcpServerOptions TcpServerSession::options() const
{
    QMutexLocker locker(&m_mutex);
    return m_options;
}

void TcpServerSession::setOptions(const TcpServerOptions &options)
{
    QMutexLocker locker(&m_mutex);
    m_options = options;
}

void TcpServerSession::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

void TcpServerSession::listen(const QHostAddress &address, quint16 port)
{
    if (deferToOwnThread([=, this] { listen(address, port); }))
        return;
    const Endpoint requested(address, port);
    if (state() != State::Stopped) {
        fail(tr("The server is already running on %1; stop it before listening again.")
                     .arg(localEndpoint().toString()),
             requested);
        return;
    }
    clearError();
    m_acceptedCount = 0;
    const TcpServerOptions opts = options();

    m_server = new QTcpServer(this);
    m_server->setListenBacklogSize(opts.backlog);
    // Qt stops accepting once this many accepted sockets wait for nextPendingConnection();
    // we drain on every newConnection, so this only matters for bursts within one iteration.
    m_server->setMaxPendingConnections(std::max(opts.backlog, 30));
    recordInfo(SocketNarration::socketCall(address, true), requested);
    if (!m_server->listen(address, port)) {
        const QString message = SocketNarration::bindFailure(m_server->serverError(), requested,
                                                             m_server->errorString());
        delete m_server;
        m_server = nullptr;
        fail(message, requested);
        return;
    }
    const Endpoint local(m_server->serverAddress(), m_server->serverPort());
    {
        QMutexLocker locker(&m_mutex);
        m_local = local;
        m_connections.clear();
    }
    recordInfo(port == 0 ? tr("bind(%1) -> port %2 chosen by the kernel")
                                   .arg(requested.toString())
                                   .arg(local.port())
                         : QStringLiteral("bind(%1)").arg(local.toString()),
               local);
    recordInfo(QStringLiteral("listen(backlog=%1)").arg(opts.backlog), local);
    record(TrafficEvent::Kind::Listening, local, {}, {},
           opts.maxConnections > 0
                   ? tr("listening; will stop after %n connection(s)", nullptr,
                        opts.maxConnections)
                   : tr("listening"));
    connect(m_server, &QTcpServer::newConnection, this,
            &TcpServerSession::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        fail(tr("accept() failed on %1: %2.")
                     .arg(localEndpoint().toString(), m_server->errorString()),
             localEndpoint());
    });
    setState(State::Listening);
    emit listening(local);
}

void TcpServerSession::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (state() != State::Listening) {
            // Completed by the kernel after our limit was reached: refuse, don't strand it.
            recordInfo(tr("connection from %1 closed: the connection limit was reached")
                               .arg(Endpoint(socket->peerAddress(), socket->peerPort())
                                            .toString()),
                       localEndpoint());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adopt(socket);
    }
}

void TcpServerSession::adopt(QTcpSocket *socket)
{
    // Reparent so that closing the listener later does not take the connections with it.
    socket->setParent(this);
    // Qt reads whatever the kernel holds into one fresh block per notification; capped, the
    // blocks stay small enough to be reused warm instead of page-faulted in (TCP ingest).
    socket->setReadBufferSize(readBufferBytes);
    const int id = m_nextConnectionId++;
    const Endpoint local(socket->localAddress(), socket->localPort());
    const Endpoint peer(socket->peerAddress(), socket->peerPort());
    m_links.insert(id, {socket, local, peer});
    {
        QMutexLocker locker(&m_mutex);
        m_connections.insert(id, {id, local, peer});
    }
    const int accepted = ++m_acceptedCount;
    recordInfo(QStringLiteral("accept() -> %1").arg(peer.toString()), local, peer, id);
    record(TrafficEvent::Kind::Accepted, local, peer, {},
           tr("connection #%1").arg(id), id);
    emit clientConnected(id, peer);

    connect(socket, &QTcpSocket::readyRead, this, [this, id] { readFrom(id); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [socket, peer](QAbstractSocket::SocketError error) {
                if (!socket->property(closeReasonProperty).isValid())
                    socket->setProperty(closeReasonProperty,
                                        SocketNarration::connectionFailure(
                                                error, peer, socket->errorString()));
            });
    connect(socket, &QTcpSocket::disconnected, this, [this, id, socket] {
        // Whatever is still buffered arrived before the FIN: log it before the close.
        readFrom(id);
        forget(id, socket->property(closeReasonProperty).toString());
    });

    const TcpServerOptions opts = options();
    if (!opts.greeting.isEmpty())
        writeTo(id, opts.greeting);
    if (opts.closeAfterGreeting) {
        socket->setProperty(closeReasonProperty, tr("closed by us after the greeting"));
        recordInfo(QStringLiteral("close()"), local, peer, id);
        socket->disconnectFromHost();
    }
    if (opts.maxConnections > 0 && accepted >= opts.maxConnections)
        closeListener(tr("stopped listening after %n connection(s)", nullptr, accepted));
}

void TcpServerSession::readFrom(int connectionId)
{
    const Link link = m_links.value(connectionId);
    if (!link.socket)
        return;
    const bool echo = options().echo;
    // One event per block Qt read (at most readBufferBytes): read() hands the block over
    // without copying it.
    while (link.socket->bytesAvailable() > 0) {
        const QByteArray data = link.socket->read(readBufferBytes);
        if (data.isEmpty())
            return;
        record(TrafficEvent::Kind::Received, link.local, link.peer, data,
               QStringLiteral("recv()"), connectionId);
        if (echo && link.socket->state() == QAbstractSocket::ConnectedState)
            writeTo(connectionId, data);
    }
}

void TcpServerSession::writeTo(int connectionId, const QByteArray &payload)
{
    const Link link = m_links.value(connectionId);
    if (!link.socket) {
        fail(tr("Connection #%1 is no longer open; nothing was sent.").arg(connectionId),
             localEndpoint());
        return;
    }
    if (payload.isEmpty()) {
        recordInfo(tr("nothing sent: the payload is empty (TCP has no empty messages)"),
                   link.local, link.peer, connectionId);
        return;
    }
    if (link.socket->write(payload) != payload.size()) {
        fail(tr("send() to %1 failed: %2.").arg(link.peer.toString(), link.socket->errorString()),
             link.local, link.peer, connectionId);
        return;
    }
    record(TrafficEvent::Kind::Sent, link.local, link.peer, payload, QStringLiteral("send()"),
           connectionId);
}

void TcpServerSession::send(int connectionId, const QByteArray &payload)
{
    if (deferToOwnThread([=, this] { send(connectionId, payload); }))
        return;
    writeTo(connectionId, payload);
}

void TcpServerSession::sendToAll(const QByteArray &payload)
{
    if (deferToOwnThread([=, this] { sendToAll(payload); }))
        return;
    if (m_links.isEmpty()) {
        fail(tr("No client is connected; nothing was sent."), localEndpoint());
        return;
    }
    const QList<int> ids = m_links.keys();
    for (int id : ids)
        writeTo(id, payload);
}

void TcpServerSession::disconnectClient(int connectionId)
{
    if (deferToOwnThread([=, this] { disconnectClient(connectionId); }))
        return;
    const Link link = m_links.value(connectionId);
    if (!link.socket)
        return;
    link.socket->setProperty(closeReasonProperty, tr("closed by us"));
    recordInfo(QStringLiteral("close()"), link.local, link.peer, connectionId);
    link.socket->disconnectFromHost();
}

void TcpServerSession::stop()
{
    if (deferToOwnThread([this] { stop(); }))
        return;
    if (m_server)
        closeListener(tr("stopped by the user"));
    const QList<int> ids = m_links.keys();
    for (int id : ids)
        disconnectClient(id);
    finishIfDrained();
}

void TcpServerSession::closeListener(const QString &reason)
{
    if (!m_server)
        return;
    const Endpoint local = localEndpoint();
    m_server->disconnect(this);
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    recordInfo(QStringLiteral("close() listening socket: %1").arg(reason), local);
    setState(State::Draining);
    finishIfDrained();
}

void TcpServerSession::forget(int connectionId, const QString &reason)
{
    const Link link = m_links.take(connectionId);
    if (!link.socket)
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_connections.remove(connectionId);
    }
    record(TrafficEvent::Kind::Closed, link.local, link.peer, {},
           reason.isEmpty() ? tr("closed by the peer") : reason, connectionId);
    emit clientDisconnected(connectionId);
    link.socket->disconnect(this);
    link.socket->deleteLater();
    finishIfDrained();
}

void TcpServerSession::finishIfDrained()
{
    if (state() != State::Draining || !m_links.isEmpty())
        return;
    setState(State::Stopped);
    emit finished();
}
