// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpclientsession.h"

#include "net/filestreamer.h"
#include "net/repeatrunner.h"
#include "net/socketerrorwatch.h"
#include "net/socketread.h"
#include "net/socketnarration.h"
#include "net/tcpsocketcontrol.h"
#include "net/tlsnarration.h"
#include "net/tlswritetracker.h"

#include <QHostInfo>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <utility>

namespace {
// How often a client whose peer has finished checks that what it sent was acknowledged (or
// reset) before it closes: on loopback this takes a few milliseconds.
constexpr int ackCheckMs = 5;

int clampToInt(qint64 value)
{
    return static_cast<int>(std::min<qint64>(value, INT_MAX));
}
} // namespace

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

FrameSpec TcpClientSession::framing() const
{
    QMutexLocker locker(&m_mutex);
    return m_framing;
}

void TcpClientSession::setFraming(const FrameSpec &framing)
{
    QMutexLocker locker(&m_mutex);
    m_framing = framing;
}

void TcpClientSession::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
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
    // A reset must not pass for an orderly close, nor the peer's FIN end our sending.
    m_watch = new SocketErrorWatch(m_socket);
    connect(m_watch, &SocketErrorWatch::peerFinished, this, &TcpClientSession::onPeerFinished);
    // TLS records are Qt's to read and decrypt.
    if (!m_sslConfiguration)
        m_watch->setDirectReader([this] { readDirect(); });
    TlsWriteTracker::connectWritten(m_socket, this, [this](qint64 bytes) { onWritten(bytes); });
    record(TrafficEvent::Kind::Connected, local, peer, {},
           tr("connected from local port %1").arg(local.port()));
    startFraming();
    setState(State::Connected);
    emit connected(local, peer);
    const QList<QByteArray> queued = std::exchange(m_beforeConnect, {});
    for (const QByteArray &payload : queued) {
        if (state() != State::Connected || !m_socket)
            break;
        writeNow(payload);
    }
    updateBytesToSend();
}

void TcpClientSession::onSocketReadyRead()
{
    if (!m_sslConfiguration)
        return onReadyRead();
    // Qt's TLS backend signals every 4 KiB it decrypts; one read once it has decrypted all
    // it read from the socket logs a block as one row (TcpServerSession::onReadyRead() says
    // what reading per piece cost). Whatever socket is current then is read: a reconnect in
    // between must not leave the new one's data waiting for its next signal.
    if (m_readQueued)
        return;
    m_readQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_readQueued = false;
                if (m_socket)
                    onReadyRead();
            },
            Qt::QueuedConnection);
}

void TcpClientSession::onReadyRead()
{
    if (!m_socket->isReadable())
        return; // reset by us: nothing left to read
    // At most 64 KiB an event, as the direct reads give: a TLS stream's decrypted megabytes
    // were one event per notification.
    while (m_socket->bytesAvailable() > 0) {
        const QByteArray data = readAvailable(m_socket, SocketErrorWatch::DirectReadBlockBytes);
        if (data.isEmpty())
            break;
        takeReceived(data);
    }
    flushRecorded();
}

void TcpClientSession::readDirect()
{
    // Qt read what a plain connection receives until the watch took over: none of it, as a
    // rule, but whatever it holds came first.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    // Qt's reading took five system calls per block and read all the kernel held into one
    // array: a 1 GiB stream from python3 made 291 events of ~3.7 MB, each allocated by
    // mmap() and faulted in page by page (258,744 page faults; up to 0.87 s of CPU where
    // `socat -u` spent 0.17-0.24 s; now 0.41-0.44 s). Blocks of 64 KiB are the server's,
    // reused warm from the heap.
    for (int blocks = 0; blocks < SocketErrorWatch::DirectReadBlocksPerNotification; ++blocks) {
        if (!m_socket || !m_watch)
            break;
        QByteArray data;
        const qint64 received = m_watch->receiveBlock(&data);
        if (received <= 0) {
            flushRecorded(); // what came before the end of the stream is logged first
            if (received == 0)
                m_watch->noteEndOfStream(); // onPeerFinished(): what we queued still goes
            return;
        }
        takeReceived(data);
        if (received < SocketErrorWatch::DirectReadBlockBytes)
            break; // most likely the queue is empty; the notifier says if not
    }
    flushRecorded();
}

void TcpClientSession::takeReceived(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_received += data.size();
    if (m_framer)
        receiveFramed(data, localEndpoint(), peerEndpoint());
    else
        recordBatched(TrafficEvent::Kind::Received, localEndpoint(), peerEndpoint(), data,
                      TlsNarration::readCall(m_sslConfiguration != nullptr));
}

void TcpClientSession::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const Endpoint peer = peerEndpoint();
    const QString tlsMessage = tlsFailure();
    const QString message = !tlsMessage.isEmpty()
            ? tlsMessage
            : SocketNarration::connectionFailure(error, peer, m_socket->errorString());
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
    if (state() == State::Connecting) {
        // Only a TLS handshake is connected while we are still connecting: its error (or the
        // handshake deadline) ends the attempt.
        if (m_tlsFailure.isEmpty())
            m_tlsFailure = tr("%1 closed the connection during the TLS handshake.")
                                   .arg(peerEndpoint().toString());
        return;
    }
    onReadyRead();
    finishFraming();
    if (m_closeTimer)
        m_closeTimer->stop();
    if (m_ackTimer)
        m_ackTimer->stop();
    const int watchedError = m_watch && !m_closingByUs ? m_watch->error() : 0;
    const int socketError = m_resetError != 0 ? m_resetError : watchedError;
    const Endpoint local = localEndpoint();
    const Endpoint peer = peerEndpoint();
    const OutgoingQueue::Leftover leftover = m_queue.clear();
    updateBytesToSend();
    if (!leftover.writtenPart.isEmpty())
        record(TrafficEvent::Kind::Sent, local, peer, leftover.writtenPart,
               tr("send(): only these %n byte(s) of the message were written", nullptr,
                  clampToInt(leftover.writtenPart.size())));
    const QString closeText = socketError != 0       ? SocketErrorWatch::describe(socketError)
                              : !m_closeReason.isEmpty() ? m_closeReason
                              : m_closingByUs            ? tr("closed by us")
                                                         : tr("closed by the peer");
    record(TrafficEvent::Kind::Closed, local, peer, {}, closeText);
    m_closedByPeerBeforeSend = !m_closingByUs && m_written == 0 && leftover.unsentBytes == 0;
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    m_watch = nullptr;
    setState(State::Unconnected);
    if (m_repeat)
        m_repeat->stop(tr("the connection closed: %1").arg(closeText));
    if (m_file)
        m_file->stop(tr("the connection closed: %1").arg(closeText));
    // A reset is a network failure (the CLI exits 1), unlike the peer's orderly close; so is
    // a connection that ended with our data unsent.
    QString failure;
    // ECONNRESET or EPIPE depending on whether the reset came before or after our write.
    const bool reset = socketError == ECONNRESET || socketError == EPIPE;
    if (reset && m_received == 0
        && (m_written > 0 || leftover.unsentBytes > 0))
        failure = tr("%1 closed the connection without reading what we sent (reset by the "
                     "peer)")
                          .arg(peer.toString());
    else if (socketError != 0 || leftover.unsentBytes > 0)
        failure = tr("%1: %2").arg(peer.toString(), closeText);
    if (leftover.unsentBytes > 0)
        failure = tr("%1; %n byte(s) were never sent", nullptr,
                     clampToInt(leftover.unsentBytes))
                          .arg(failure);
    if (!failure.isEmpty())
        fail(tr("%1.", "closes a sentence assembled from the parts above").arg(failure), local,
             peer);
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
    const QString message = m_handshaking
            ? tr("The TLS handshake with %1 did not finish within %2 ms: the peer may not "
                 "speak TLS.")
                      .arg(peer.toString())
                      .arg(m_activeTls.handshakeTimeoutMs)
            : tr("Connecting to %1 timed out after %2 ms: no answer (the host "
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
    switch (state()) {
    case State::HostLookup:
    case State::Connecting:
        // Written once connected: the caller need not wait for an event that may come late.
        if (!payload.isEmpty())
            m_beforeConnect.append(payload);
        updateBytesToSend();
        return;
    case State::Unconnected:
        fail(m_closedByPeerBeforeSend
                     ? tr("%1 closed the connection before anything was sent; nothing was "
                          "sent.")
                               .arg(peerEndpoint().toString())
                     : tr("Not connected; connect before sending (nothing was sent)."));
        return;
    case State::Closing:
        fail(tr("The connection to %1 is closing; nothing was sent.")
                     .arg(peerEndpoint().toString()));
        return;
    case State::Connected:
        break;
    }
    if (!m_socket)
        return;
    if (m_closeRequested) {
        fail(tr("The connection to %1 is closing; nothing was sent.")
                     .arg(peerEndpoint().toString()));
        return;
    }
    writeNow(payload);
}

void TcpClientSession::writeNow(const QByteArray &payload)
{
    const Endpoint local = localEndpoint();
    const Endpoint peer = peerEndpoint();
    if (payload.isEmpty()) {
        recordInfo(tr("nothing sent: the payload is empty (TCP has no empty messages)"), local,
                   peer);
        return;
    }
    if (m_queue.pendingBytes() > TcpSocketControl::writeQueueLimit) {
        fail(tr("%1 has not read the %2 bytes already queued for it (limit %3); nothing was "
                "sent.")
                     .arg(peer.toString())
                     .arg(m_queue.pendingBytes())
                     .arg(TcpSocketControl::writeQueueLimit),
             local, peer);
        return;
    }
    if (m_socket->write(payload) != payload.size()) {
        fail(tr("send() to %1 failed: %2.").arg(peer.toString(), m_socket->errorString()),
             local, peer);
        return;
    }
    // Reported as sent from onWritten(), when the kernel has taken it.
    m_queue.enqueue(payload);
    updateBytesToSend();
}

void TcpClientSession::onWritten(qint64 bytes)
{
    m_written += bytes;
    const QList<QByteArray> done = m_queue.written(bytes);
    const Endpoint local = localEndpoint();
    const Endpoint peer = peerEndpoint();
    for (const QByteArray &payload : done)
        record(TrafficEvent::Kind::Sent, local, peer, payload,
               TlsNarration::writeCall(m_sslConfiguration != nullptr));
    updateBytesToSend();
    emit bytesSent(bytes, m_queue.pendingBytes());
    // A repeat or a file waiting for room in the queue carries on.
    if (m_repeat)
        m_repeat->resume();
    if (m_file)
        m_file->pump();
    if (m_finishSendingRequested)
        shutdownWriteWhenWritten();
    if (!m_peerFinished || m_closeRequested)
        return;
    // A peer that reads after its FIN, however slowly, is not cut off.
    if (m_closeTimer)
        m_closeTimer->start(TcpSocketControl::closeGraceMs);
    if (m_queue.isEmpty())
        closeAfterPeerFinished();
}

void TcpClientSession::onPeerFinished()
{
    if (!m_socket)
        return;
    m_peerFinished = true;
    onReadyRead();
    finishFraming();
    if (m_closeRequested)
        return;
    if (!m_queue.isEmpty()) {
        recordInfo(tr("peer half-closed (FIN); %n byte(s) still to send before we close",
                      nullptr, clampToInt(m_queue.pendingBytes())),
                   localEndpoint(), peerEndpoint());
        m_closeTimer->start(TcpSocketControl::closeGraceMs);
        return;
    }
    closeAfterPeerFinished();
}

void TcpClientSession::closeAfterPeerFinished()
{
    if (!m_socket || m_closeRequested)
        return;
    // Wait until what we sent was acknowledged or refused: a peer that closed without reading
    // resets it, and that must be told, not lost to the race with our own close.
    if (m_written > 0 && TcpSocketControl::unacknowledgedBytes(m_socket) > 0) {
        if (!m_ackTimer->isActive())
            m_ackTimer->start(ackCheckMs);
        if (!m_closeTimer->isActive())
            m_closeTimer->start(TcpSocketControl::closeGraceMs);
        return;
    }
    checkAcknowledged();
}

void TcpClientSession::checkAcknowledged()
{
    if (!m_socket || m_closeRequested)
        return;
    if (const int error = TcpSocketControl::takeSocketError(m_socket); error != 0) {
        m_ackTimer->stop();
        m_resetError = error;
        m_socket->abort(); // emits disconnected(), which reports the reset
        return;
    }
    if (m_written > 0 && TcpSocketControl::unacknowledgedBytes(m_socket) > 0
        && m_closeTimer->isActive())
        return;
    m_ackTimer->stop();
    m_closeTimer->stop();
    // The peer closed first; our close() is shown all the same.
    m_closeRequested = true;
    recordInfo(QStringLiteral("close()"), localEndpoint(), peerEndpoint());
    setState(State::Closing);
    m_socket->disconnectFromHost();
}

void TcpClientSession::onCloseDeadline()
{
    if (!m_socket)
        return;
    if (!m_queue.isEmpty()) {
        resetConnection(tr("aborted: the peer did not read %n queued byte(s) within %1 s",
                           nullptr, clampToInt(m_queue.pendingBytes()))
                                .arg(TcpSocketControl::closeGraceMs / 1000));
        return;
    }
    // Written, not yet acknowledged: the kernel delivers it after our FIN.
    checkAcknowledged();
}

void TcpClientSession::resetConnection(const QString &reason)
{
    m_closingByUs = true;
    m_closeRequested = true;
    m_closeReason = reason;
    recordInfo(tr("close() with SO_LINGER 0: reset (RST), the stream is incomplete"),
               localEndpoint(), peerEndpoint());
    // Emits disconnected(), which logs what was never sent and the close.
    TcpSocketControl::resetAndClose(m_socket);
}

void TcpClientSession::disconnectFromHost()
{
    if (deferToOwnThread([this] { disconnectFromHost(); }))
        return;
    // Nothing more is queued once we close: what is queued is still written.
    if (m_repeat)
        m_repeat->stop(tr("stopped: disconnecting"));
    if (m_file)
        m_file->stop(tr("stopped: disconnecting"));
    if (!m_socket || (state() != State::Connected && state() != State::Closing)) {
        abort();
        return;
    }
    if (m_closeRequested) {
        // Asked again: do not wait for the grace period.
        if (!m_queue.isEmpty())
            resetConnection(tr("aborted by us with %n byte(s) not yet sent", nullptr,
                               clampToInt(m_queue.pendingBytes())));
        else
            m_socket->abort();
        return;
    }
    m_closingByUs = true;
    m_closeRequested = true;
    m_ackTimer->stop();
    recordInfo(QStringLiteral("close()"), localEndpoint(), peerEndpoint());
    setState(State::Closing);
    m_closeTimer->start(TcpSocketControl::closeGraceMs);
    // Writes what is queued, then sends FIN; may emit disconnected() right now.
    m_socket->disconnectFromHost();
}

void TcpClientSession::abort()
{
    if (deferToOwnThread([this] { abort(); }))
        return;
    if (m_repeat)
        m_repeat->stop(tr("stopped: connection aborted"));
    if (m_file)
        m_file->stop(tr("stopped: connection aborted"));
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_candidates.clear();
    m_beforeConnect.clear();
    const bool wasOpen = state() == State::Connected || state() == State::Closing;
    if (m_socket && wasOpen) {
        if (!m_queue.isEmpty()) {
            resetConnection(tr("aborted by us with %n byte(s) not yet sent", nullptr,
                               clampToInt(m_queue.pendingBytes())));
        } else {
            m_closingByUs = true;
            m_socket->abort(); // emits disconnected(), which logs the close
        }
    }
    resetSocket();
    updateBytesToSend();
    setState(State::Unconnected);
}

void TcpClientSession::updateBytesToSend()
{
    qint64 total = m_queue.pendingBytes();
    for (const QByteArray &payload : std::as_const(m_beforeConnect))
        total += payload.size();
    m_bytesToSend = total;
}

void TcpClientSession::resetSocket()
{
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_closeTimer)
        m_closeTimer->stop();
    if (m_ackTimer)
        m_ackTimer->stop();
    m_watch = nullptr;
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}
