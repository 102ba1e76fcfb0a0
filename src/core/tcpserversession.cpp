#include "tcpserversession.h"

#include "socketerrorwatch.h"
#include "socketnarration.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
// Why a connection ended, kept on the socket until its disconnected() arrives.
constexpr const char *closeReasonProperty = "socklab.closeReason";
// How often a listening server checks for free descriptors: pauses accepting when none is
// left (Qt 6.4 would spin in accept()), resumes when some came back.
constexpr int descriptorCheckMs = 500;
// Descriptors left free for the rest of the process when a server stops accepting.
constexpr int descriptorReserve = 4;

// Qt stops accepting once this many accepted sockets wait for nextPendingConnection();
// we drain on every newConnection, so this only matters for bursts within one iteration.
int pendingLimit(int backlog)
{
    return std::max(backlog, 30);
}
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
    m_refusedCount = 0;
    m_outOfDescriptors = false;
    const TcpServerOptions opts = options();

    m_server = new QTcpServer(this);
    m_server->setListenBacklogSize(opts.backlog);
    m_server->setMaxPendingConnections(pendingLimit(opts.backlog));
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
    if (const QString warning = SocketNarration::exposureWarning(local.address());
        !warning.isEmpty())
        recordInfo(warning, local);
    if (opts.maxClients > 0)
        recordInfo(tr("at most %n client(s) at once; more are closed right after accept()",
                      nullptr, opts.maxClients),
                   local);
    record(TrafficEvent::Kind::Listening, local, {}, {},
           opts.maxConnections > 0
                   ? tr("listening; will stop after %n connection(s)", nullptr,
                        opts.maxConnections)
                   : tr("listening"));
    connect(m_server, &QTcpServer::newConnection, this,
            &TcpServerSession::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        // Out of descriptors: pause and wait for some, as checkDescriptors() does.
        if (error == QAbstractSocket::SocketResourceError) {
            checkDescriptors();
            if (m_outOfDescriptors)
                return;
            m_server->resumeAccepting();
        }
        fail(tr("accept() failed on %1: %2.")
                     .arg(localEndpoint().toString(), m_server->errorString()),
             localEndpoint());
    });
    if (!m_descriptorTimer) {
        m_descriptorTimer = new QTimer(this);
        m_descriptorTimer->setInterval(descriptorCheckMs);
        connect(m_descriptorTimer, &QTimer::timeout, this, &TcpServerSession::checkDescriptors);
    }
    m_descriptorTimer->start();
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
        if (m_outOfDescriptors) {
            // Should Qt's accept loop hand us one more after the pause, keeping it would eat
            // the reserve.
            ++m_refusedCount;
            recordInfo(tr("connection from %1 closed right after accept(): the process is out "
                          "of file descriptors")
                               .arg(Endpoint(socket->peerAddress(), socket->peerPort())
                                            .toString()),
                       localEndpoint());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const int maxClients = options().maxClients;
        if (maxClients > 0 && m_links.size() >= maxClients) {
            ++m_refusedCount;
            recordInfo(tr("connection from %1 closed right after accept(): %n client(s) "
                          "already connected, the maximum set for this server",
                          nullptr, maxClients)
                               .arg(Endpoint(socket->peerAddress(), socket->peerPort())
                                            .toString()),
                       localEndpoint());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adopt(socket);
    }
    // Checked after every burst: the next accept() would fail with EMFILE and make Qt spin.
    checkDescriptors();
}

bool TcpServerSession::hasSpareDescriptor() const
{
#ifdef Q_OS_UNIX
    // Duplicating the listening socket is the cheapest honest test of "can accept() succeed";
    // a few more are kept in reserve so the rest of SockLab (clients, lookups, files) still
    // gets descriptors while this server is at the limit.
    int probes[descriptorReserve + 1];
    int opened = 0;
    const int listener = static_cast<int>(m_server->socketDescriptor());
    while (opened <= descriptorReserve) {
        const int probe = ::fcntl(listener, F_DUPFD_CLOEXEC, 0);
        if (probe < 0)
            break;
        probes[opened++] = probe;
    }
    for (int i = 0; i < opened; ++i)
        ::close(probes[i]);
    return opened > descriptorReserve;
#else
    return true;
#endif
}

void TcpServerSession::checkDescriptors()
{
    if (!m_server)
        return;
    const bool spare = hasSpareDescriptor();
    if (!spare && !m_outOfDescriptors) {
        m_outOfDescriptors = true;
        // Qt 6.4 goes on calling accept() after pauseAccepting() until the backlog is empty
        // (or spins at EMFILE); a pending limit of 0 makes its accept loop stop right here.
        m_server->setMaxPendingConnections(0);
        m_server->pauseAccepting();
        recordInfo(tr("Stopped accepting on %1: the process has run out of file descriptors "
                      "with %n connection(s) open; new clients wait in the backlog until one "
                      "closes.",
                      nullptr, static_cast<int>(m_links.size()))
                           .arg(localEndpoint().toString()),
                   localEndpoint());
        emit outOfDescriptorsChanged(true);
    } else if (spare && m_outOfDescriptors) {
        m_outOfDescriptors = false;
        recordInfo(tr("Accepting again on %1: file descriptors are free.")
                           .arg(localEndpoint().toString()),
                   localEndpoint());
        m_server->setMaxPendingConnections(pendingLimit(options().backlog));
        m_server->resumeAccepting();
        emit outOfDescriptorsChanged(false);
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
    auto *errorWatch = new SocketErrorWatch(socket);
    connect(socket, &QTcpSocket::errorOccurred, this,
            [socket, peer, errorWatch](QAbstractSocket::SocketError error) {
                if (socket->property(closeReasonProperty).isValid())
                    return;
                // Qt reports a reset as an orderly close; the watch saw the real errno.
                socket->setProperty(closeReasonProperty,
                                    errorWatch->error() != 0
                                            ? SocketErrorWatch::describe(errorWatch->error())
                                            : SocketNarration::connectionFailure(
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
    if (m_descriptorTimer)
        m_descriptorTimer->stop();
    m_outOfDescriptors = false;
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
    // Close the descriptor now, not at deleteLater(): a server paused at the descriptor limit
    // resumes on it below.
    link.socket->abort();
    link.socket->deleteLater();
    if (m_outOfDescriptors)
        checkDescriptors();
    finishIfDrained();
}

void TcpServerSession::finishIfDrained()
{
    if (state() != State::Draining || !m_links.isEmpty())
        return;
    setState(State::Stopped);
    emit finished();
}
