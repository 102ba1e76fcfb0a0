// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/filestreamer.h"
#include "net/listenaddresses.h"
#include "net/rulenarration.h"
#include "net/repeatrunner.h"
#include "net/socketerrorwatch.h"
#include "net/socketnarration.h"
#include "net/socketread.h"
#include "net/tcpsocketcontrol.h"
#include "net/tcplistenergroup.h"
#include "net/tlsnarration.h"
#include "net/tlswritetracker.h"

#include <QMetaMethod>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace {
// How often a listening server checks for free descriptors: pauses accepting when none is
// left (Qt 6.4 would spin in accept()), resumes when some came back.
constexpr int descriptorCheckMs = 500;

// pattern.arg(n) for a pattern with one "%1": QString::arg() parses the pattern for every
// call, a thousand instructions per accepted client.
QString withNumber(const QString &pattern, int n)
{
    const qsizetype at = pattern.indexOf(u"%1");
    if (at < 0 || pattern.indexOf(u'%', at + 2) >= 0)
        return pattern.arg(n);
    const QStringView text(pattern);
    return text.left(at) + QString::number(n) + text.mid(at + 2);
}
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

QList<Endpoint> TcpServerSession::localEndpoints() const
{
    QMutexLocker locker(&m_mutex);
    return m_locals;
}

QList<TcpServerSession::Connection> TcpServerSession::connections() const
{
    QMutexLocker locker(&m_mutex);
    return m_connections.values();
}

ConnectionChanges::Batch TcpServerSession::takeConnectionChanges()
{
    QMutexLocker locker(&m_mutex);
    ConnectionChanges::Batch batch = m_connectionChanges.take();
    if (batch.restart) {
        batch.changes.reserve(m_connections.size());
        for (const Connection &connection : std::as_const(m_connections))
            batch.changes.append({connection.id, connection.peer, true});
    }
    return batch;
}

bool TcpServerSession::isWatchingConnectionChanges() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(
            &TcpServerSession::connectionsChanged);
    return isSignalConnected(signal);
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
    m_answersMessages = options.echo || RuleNarration::isActive(options.responder);
}

void TcpServerSession::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

void TcpServerSession::listen(const QHostAddress &address, quint16 port)
{
    listen(QList<QHostAddress>{address}, port);
}

void TcpServerSession::listen(const QList<QHostAddress> &addresses, quint16 port)
{
    if (deferToOwnThread([=, this] { listen(addresses, port); }))
        return;
    if (addresses.isEmpty())
        return;
    const QHostAddress address = addresses.first();
    const Endpoint requested(address, port);
    if (state() != State::Stopped) {
        fail(tr("The server is already running on %1; stop it before listening again.")
                     .arg(localEndpoint().toString()),
             requested);
        return;
    }
    clearError();
    m_stopping = false;
    m_acceptedCount = 0;
    m_refusedCount = 0;
    m_outOfDescriptors = false;
    const TcpServerOptions opts = options();

    m_tls = opts.tls.enabled;
    if (opts.tls.enabled) {
        QString tlsError;
        m_server = createTlsListener(opts, requested, &tlsError);
        if (!m_server) {
            fail(tlsError, requested);
            return;
        }
        m_group = nullptr;
    } else {
        m_group = new TcpListenerGroup(this);
        m_server = m_group;
    }
    m_server->setListenBacklogSize(opts.backlog);
    setPendingLimit(pendingLimit(opts.backlog));
    recordInfo(SocketNarration::socketCall(address, true), requested);
#ifdef Q_OS_UNIX
    // QTcpServer::listen() sets it on Unix before bind(), so a restarted server can bind a
    // port whose old connections are still in TIME_WAIT.
    recordInfo(QStringLiteral("setsockopt(SO_REUSEADDR, 1)"), requested);
#endif
    if (ListenAddresses::isDualStack(address))
        recordInfo(tr("setsockopt(IPV6_V6ONLY, 0): one socket for IPv6 and IPv4 peers (shown "
                      "as plain IPv4)"),
                   requested);
    const bool listened
            = m_group ? m_group->listenAll(addresses, port) : m_server->listen(address, port);
    if (!listened) {
        const QString message = SocketNarration::bindFailure(m_server->serverError(), requested,
                                                             m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_group = nullptr;
        fail(message, requested);
        return;
    }
    const Endpoint local(m_server->serverAddress(), m_server->serverPort());
    const QList<TcpListenerGroup::Extra> extras
            = m_group ? m_group->extras() : QList<TcpListenerGroup::Extra>();
    {
        QMutexLocker locker(&m_mutex);
        m_local = local;
        m_locals = {local};
        for (const TcpListenerGroup::Extra &extra : extras) {
            if (!extra.local.isNull())
                m_locals.append(extra.local);
        }
        m_connections.clear();
        m_connectionChanges = {};
    }
    recordInfo(port == 0 ? tr("bind(%1) -> port %2 chosen by the kernel")
                                   .arg(requested.toString())
                                   .arg(local.port())
                         : QStringLiteral("bind(%1)").arg(local.toString()),
               local);
    recordInfo(QStringLiteral("listen(backlog=%1)").arg(opts.backlog), local);
    if (!m_group && addresses.size() > 1)
        recordInfo(tr("TLS listens on %1 only, not on %2 too.")
                           .arg(local.toString(), addresses.at(1).toString()),
                   local);
    for (const TcpListenerGroup::Extra &extra : extras) {
        const Endpoint also(extra.address, local.port());
        recordInfo(SocketNarration::socketCall(extra.address, true), also);
        if (extra.local.isNull()) {
            recordInfo(tr("not listening on %1 too: %2").arg(also.toString(), extra.errorString),
                       also);
            continue;
        }
        recordInfo(QStringLiteral("bind(%1)").arg(extra.local.toString()), extra.local);
        recordInfo(QStringLiteral("listen(backlog=%1)").arg(opts.backlog), extra.local);
    }
    if (const QString warning = SocketNarration::exposureWarning(local.address());
        !warning.isEmpty())
        recordInfo(warning, local);
    if (!opts.framing.isNone())
        recordInfo(tr("framing: %1").arg(opts.framing.describe()), local);
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
            setAccepting(true);
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
    // Once per call (Qt calls it once per accepted connection): a copy under the mutex.
    const TcpServerOptions opts = options();
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
        if (opts.maxClients > 0 && m_links.size() >= opts.maxClients) {
            ++m_refusedCount;
            recordInfo(tr("connection from %1 closed right after accept(): %n client(s) "
                          "already connected, the maximum set for this server",
                          nullptr, opts.maxClients)
                               .arg(Endpoint(socket->peerAddress(), socket->peerPort())
                                            .toString()),
                       localEndpoint());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adopt(socket, opts);
    }
    // Nothing recorded in a batch may wait past this event-loop turn (adopt() flushes its own).
    flushRecorded();
    // Checked after every burst: the next accept() would fail with EMFILE and make Qt spin.
    checkDescriptorsAfterAccept();
}

void TcpServerSession::adopt(QTcpSocket *socket, const TcpServerOptions &opts)
{
    // The socket stays a child of the listener until closeListener() reparents what is still
    // open: reparenting here sent two events per accepted client (ChildRemoved, ChildAdded).
    socket->setReadBufferSize(ReadBlockBytes);
    const int id = m_nextConnectionId++;
    const Endpoint local(socket->localAddress(), socket->localPort());
    const Endpoint peer(socket->peerAddress(), socket->peerPort());
    Link link;
    link.socket = socket;
    link.local = local;
    link.peer = peer;
    m_lastLink = nullptr;
    m_links.emplace(id, std::move(link));
    bool notify = false;
    {
        QMutexLocker locker(&m_mutex);
        m_connections.insert(id, {id, local, peer});
        if (isWatchingConnectionChanges())
            notify = m_connectionChanges.noteOpened(id, peer);
    }
    const int accepted = ++m_acceptedCount;
    // The accept, its event and the greeting's sent event reach the log in one append: the
    // log's lock once per connection, not three times. Flushed before clientConnected, so
    // whoever reacts to it finds the connection in the log.
    recordBatched(TrafficEvent::Kind::Info, local, peer, {}, u"accept() -> " + peer.toString(),
                  id);
    recordBatched(TrafficEvent::Kind::Accepted, local, peer, {},
                  withNumber(tr("connection #%1"), id), id);
    narrateTls(id, socket);
    setUpFraming(id, opts.framing);

    connect(socket, &QTcpSocket::readyRead, this, [this, id] { onReadyRead(id); });
    auto *errorWatch = new SocketErrorWatch(socket);
    if (Link *open = linkFor(id))
        open->errorWatch = errorWatch;
    connect(errorWatch, &SocketErrorWatch::peerFinished, this, [this, id] { onPeerFinished(id); });
    // TLS records are Qt's to read and decrypt.
    if (!m_tls)
        errorWatch->setDirectReader([this, id] { readDirect(id); });
    connect(socket, &QTcpSocket::disconnected, this, [this, id, socket, peer, errorWatch] {
        // Whatever is still buffered arrived before the FIN: log it before the close (a paused
        // echo has nothing more to write it to).
        if (Link *open = linkFor(id))
            open->readingPaused = false;
        readFrom(id);
        // A message the peer left unfinished is logged before the close.
        finishFraming(id);
        // Our own reason when we closed it; else the error that ended it, read here rather
        // than from an errorOccurred connection per client. Qt reports a reset as an orderly
        // close; the watch saw the real errno.
        QString reason = socket->property(CloseReasonProperty).toString();
        if (reason.isEmpty() && errorWatch->error() != 0)
            reason = SocketErrorWatch::describe(errorWatch->error());
        else if (reason.isEmpty() && socket->error() != QAbstractSocket::UnknownSocketError)
            reason = SocketNarration::connectionFailure(socket->error(), peer,
                                                        socket->errorString());
        forget(id, reason);
    });

    flushRecorded();
    emit clientConnected(id, peer);
    if (notify)
        emit connectionsChanged();
    // After clientConnected: closing may emit clientDisconnected at once.
    if (!opts.greeting.isEmpty())
        queueGreeting(id, opts);
    else if (opts.closeAfterGreeting)
        closeLink(id, tr("closed by us after the greeting"));
    if (opts.maxConnections > 0 && accepted >= opts.maxConnections)
        closeListener(tr("stopped listening after %n connection(s)", nullptr, accepted));
}

bool TcpServerSession::writeTo(int connectionId, const QByteArray &payload, SentRecord sentRecord,
                               const QString &sentNote)
{
    Link *link = linkFor(connectionId);
    if (!link) {
        fail(tr("Connection #%1 is no longer open; nothing was sent.").arg(connectionId),
             localEndpoint());
        return false;
    }
    if (payload.isEmpty()) {
        recordInfo(tr("nothing sent: the payload is empty (TCP has no empty messages)"),
                   link->local, link->peer, connectionId);
        return false;
    }
    if (link->closing) {
        fail(tr("Connection #%1 is closing; nothing was sent.").arg(connectionId), link->local,
             link->peer, connectionId);
        return false;
    }
    if (link->queue.pendingBytes() > TcpSocketControl::writeQueueLimit) {
        fail(tr("%1 has not read the %2 bytes already queued for it (limit %3); nothing was "
                "sent.")
                     .arg(link->peer.toString())
                     .arg(link->queue.pendingBytes())
                     .arg(TcpSocketControl::writeQueueLimit),
             link->local, link->peer, connectionId);
        return false;
    }
    // Nothing waiting: the kernel takes what it can now (a greeting, an answer), logged sent
    // at once, since it has left our buffers.
    qint64 writtenNow = 0;
    if (link->queue.isEmpty()) {
        const TcpSocketControl::WriteNowResult now = TcpSocketControl::writeNow(link->socket,
                                                                               payload);
        if (now.error != 0 && link->errorWatch)
            link->errorWatch->noteError(now.error);
        writtenNow = now.written;
        if (writtenNow == payload.size()) {
            const QString &note = sentNote.isEmpty() ? TlsNarration::writeCall(m_tls) : sentNote;
            if (sentRecord == SentRecord::Batched)
                recordBatched(TrafficEvent::Kind::Sent, link->local, link->peer, payload, note,
                              connectionId);
            else
                record(TrafficEvent::Kind::Sent, link->local, link->peer, payload, note,
                       connectionId);
            return true;
        }
    }
    const qint64 rest = payload.size() - writtenNow;
    watchWrites(connectionId, link);
    if (link->socket->write(payload.constData() + writtenNow, rest) != rest) {
        if (writtenNow > 0) {
            // What did leave is logged as such when the connection ends (forget()).
            link->queue.enqueue(payload);
            link->queue.written(writtenNow);
        }
        fail(tr("send() to %1 failed: %2.")
                     .arg(link->peer.toString(), link->socket->errorString()),
             link->local, link->peer, connectionId);
        return false;
    }
    // Reported as sent from onWritten(), when the kernel has taken the rest.
    link->queue.enqueue(payload);
    if (writtenNow > 0)
        link->queue.written(writtenNow);
    return false;
}

void TcpServerSession::watchWrites(int connectionId, Link *link)
{
    if (link->writesWatched)
        return;
    link->writesWatched = true;
    TlsWriteTracker::connectWritten(link->socket, this, [this, connectionId](qint64 bytes) {
        onWritten(connectionId, bytes);
    });
}

void TcpServerSession::onWritten(int connectionId, qint64 bytes)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    const QList<QByteArray> done = link->queue.written(bytes);
    for (const QByteArray &payload : done)
        record(TrafficEvent::Kind::Sent, link->local, link->peer, payload,
               TlsNarration::writeCall(m_tls), connectionId);
    // A peer that reads, however slowly, is not cut off after its FIN.
    if (link->peerFinished && !link->closing && link->deadline)
        link->deadline->start();
    // A repeat or a file waiting for room on this connection carries on.
    if (m_repeat && m_repeatTargets.contains(connectionId))
        m_repeat->resume();
    if (m_file && m_fileConnection == connectionId)
        m_file->pump();
    link = linkFor(connectionId); // the calls above may have closed it
    if (!link)
        return;
    if (link->readingPaused
        && link->queue.pendingBytes() <= TcpSocketControl::writeQueueLimit / 2) {
        link->readingPaused = false;
        readFrom(connectionId);
        return;
    }
    closeIfPeerFinished(connectionId);
}

void TcpServerSession::stop()
{
    if (deferToOwnThread([this] { stop(); }))
        return;
    const bool again = m_stopping;
    m_stopping = true;
    if (m_repeat)
        m_repeat->stop(tr("stopped: the server is stopping"));
    if (m_file)
        m_file->stop(tr("stopped: the server is stopping"));
    if (m_server)
        closeListener(tr("stopped by the user"));
    const QList<int> ids = m_links.keys();
    for (int id : ids) {
        Link *link = linkFor(id);
        // The first stop lets closing connections finish; a second one aborts them.
        if (link && (!link->closing || again))
            closeLink(id, tr("closed by us"));
    }
    finishIfDrained();
}

TcpServerSession::Link *TcpServerSession::linkFor(int connectionId)
{
    if (m_lastLink && m_lastLinkId == connectionId)
        return m_lastLink;
    const auto it = m_links.find(connectionId);
    if (it == m_links.end())
        return nullptr;
    m_lastLinkId = connectionId;
    return m_lastLink = &it.value();
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
    if (m_group)
        m_group->close(); // and its companions
    else
        m_server->close();
    // Accepted sockets are the listener's children (or a companion's): the open ones must not
    // go with it.
    for (const Link &link : std::as_const(m_links))
        link.socket->setParent(this);
    m_server->deleteLater();
    m_server = nullptr;
    m_group = nullptr;
    recordInfo(QStringLiteral("close() listening socket: %1").arg(reason), local);
    setState(State::Draining);
    finishIfDrained();
}

void TcpServerSession::forget(int connectionId, const QString &reason)
{
    m_lastLink = nullptr;
    Link link = m_links.take(connectionId);
    if (!link.socket)
        return;
    bool notify = false;
    {
        QMutexLocker locker(&m_mutex);
        m_connections.remove(connectionId);
        if (isWatchingConnectionChanges())
            notify = m_connectionChanges.noteClosed(connectionId);
    }
    const QString why = reason.isEmpty() ? tr("closed by the peer") : reason;
    const OutgoingQueue::Leftover leftover = link.queue.clear();
    if (!leftover.writtenPart.isEmpty())
        record(TrafficEvent::Kind::Sent, link.local, link.peer, leftover.writtenPart,
               tr("send(): only these %n byte(s) of the message were written", nullptr,
                  static_cast<int>(leftover.writtenPart.size())),
               connectionId);
    if (leftover.unsentBytes > 0)
        fail(tr("%n byte(s) queued for %1 were never sent: %2.", nullptr,
                static_cast<int>(std::min<qint64>(leftover.unsentBytes, INT_MAX)))
                     .arg(link.peer.toString(), why),
             link.local, link.peer, connectionId);
    if (link.deadline)
        link.deadline->stop();
    record(TrafficEvent::Kind::Closed, link.local, link.peer, {}, why, connectionId);
    if (m_repeatTargets.contains(connectionId))
        dropFromRepeat(connectionId, why);
    if (m_file && m_fileConnection == connectionId)
        m_file->stop(tr("the connection closed: %1").arg(why));
    emit clientDisconnected(connectionId);
    if (notify)
        emit connectionsChanged();
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
