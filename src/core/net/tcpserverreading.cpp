// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/rulenarration.h"
#include "net/socketerrorwatch.h"
#include "net/socketread.h"
#include "net/tcpsocketcontrol.h"
#include "net/tlsnarration.h"

#include <QTcpSocket>
#include <QTimer>

// How TcpServerSession reads a connection's stream unframed, and what it does with each chunk
// or message (echo, or the rules' answer), pausing when the peer does not read the answers.
// Framed reading is in tcpserverframing.cpp.

void TcpServerSession::onReadyRead(int connectionId)
{
    if (!m_tls)
        return readFrom(connectionId);
    // Qt's TLS backend decrypts what it read from the socket 4 KiB at a time and emits
    // readyRead() after each piece, before it returns to the event loop. Reading at each one
    // logged sixteen 4 KiB events per 64 KiB block, an allocation and a log append each. One
    // read, queued behind the rest of the decryption, takes the whole block: a 64 MiB
    // transfer from `openssl s_client` became 1,028 rows instead of 16,384 and cost the
    // server 10-20% less CPU (bench/RESULTS.md, "TLS ingest, measured whole"). Nothing waits
    // longer than that block's own decryption.
    Link *link = linkFor(connectionId);
    if (!link || link->readQueued)
        return;
    link->readQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this, connectionId] {
                if (Link *queued = linkFor(connectionId)) {
                    queued->readQueued = false;
                    readFrom(connectionId);
                }
            },
            Qt::QueuedConnection);
}

void TcpServerSession::readFrom(int connectionId)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    if (link->errorWatch && link->errorWatch->readsDirectly())
        return readDirect(connectionId);
    if (link->readingPaused)
        return;
    if (link->framer)
        return readFramed(connectionId);
    QTcpSocket *socket = link->socket;
    // One event per block Qt read (at most ReadBlockBytes).
    while (socket->bytesAvailable() > 0) {
        const QByteArray data = readAvailable(socket, ReadBlockBytes);
        if (data.isEmpty())
            break;
        record(TrafficEvent::Kind::Received, link->local, link->peer, data,
               TlsNarration::readCall(m_tls), connectionId);
        if (!respondTo(connectionId, data))
            return;
        link = linkFor(connectionId);
    }
    closeIfPeerFinished(connectionId);
}

bool TcpServerSession::respondTo(int connectionId, const QByteArray &message)
{
    // Nothing answers: the caller's link stands (only an answer can end it).
    if (!m_answersMessages.load(std::memory_order_relaxed))
        return true;
    Link *link = linkFor(connectionId);
    if (!link)
        return false;
    // A closing connection gets nothing more, whatever it still sends.
    if (link->closing || link->socket->state() != QAbstractSocket::ConnectedState)
        return true;
    const TcpServerOptions opts = options();
    if (RuleNarration::isActive(opts.responder))
        return answerByRule(connectionId, message, opts.responder);
    if (!opts.echo)
        return true;
    writeTo(connectionId, message);
    return linkFor(connectionId) // a failed write may have ended the connection
           && !pauseReadingIfBacklogged(connectionId);
}

bool TcpServerSession::pauseReadingIfBacklogged(int connectionId)
{
    Link *link = linkFor(connectionId);
    // Backpressure: what the peer does not read stays in its kernel queues, not in ours.
    if (!link || link->queue.pendingBytes() <= TcpSocketControl::writeQueueLimit)
        return false;
    link->readingPaused = true;
    if (!link->pauseLogged) {
        link->pauseLogged = true;
        const QString text = RuleNarration::isActive(options().responder)
                ? tr("rule replies paused reading: %1 bytes wait for the peer to read them "
                     "(limit %2); reading resumes as they are written")
                : tr("echo paused reading: %1 bytes wait for the peer to read them "
                     "(limit %2); reading resumes as they are written");
        recordInfo(text.arg(link->queue.pendingBytes()).arg(TcpSocketControl::writeQueueLimit),
                   link->local, link->peer, connectionId);
    }
    return true;
}

void TcpServerSession::readDirect(int connectionId)
{
    readDirectBlocks(connectionId);
    // Batched records (framed messages) wait for nothing past this turn.
    flushRecorded();
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    SocketErrorWatch *watch = link->errorWatch;
    // Quiet while paused (the kernel keeps the data and, once its buffer is full, the peer
    // waits); readFrom() wakes it when the peer has read what we queued. Quiet for good after
    // the FIN, and once we close (Qt quiets it then too).
    watch->setReadNotificationsEnabled(!link->readingPaused && !link->peerFinished
                                       && link->socket->state()
                                               == QAbstractSocket::ConnectedState);
    if (link->endOfStream)
        watch->noteEndOfStream(); // onPeerFinished() closes once what we queued is written
    else
        closeIfPeerFinished(connectionId);
}

void TcpServerSession::readDirectBlocks(int connectionId)
{
    Link *link = linkFor(connectionId);
    // Paused: nothing is read or answered until the peer has read what we queued (a
    // notification Qt re-enabled on its own only makes readDirect() quiet it again).
    if (!link || link->readingPaused)
        return;
    // What was cut from a block when reading paused comes first.
    if (link->framer && !deliverFramed(connectionId))
        return;
    // Qt's own reading took five system calls per block (poll, SO_ERROR, a peek, FIONREAD,
    // read) and went back to the event loop after each; this is one recv() per block until
    // the queue is empty, as a plain C reader does.
    for (int blocks = 0; blocks < MaxBlocksPerNotification; ++blocks) {
        link = linkFor(connectionId);
        if (!link || link->readingPaused || link->endOfStream)
            return;
        // A framed message that the last block left unfinished takes this one's bytes right
        // behind its head: its tail is not copied (at 16 KiB lines most messages straddle).
        const std::shared_ptr<StreamFramer> framer = link->framer;
        char *const room = framer ? framer->roomForContinuation(ReadBlockBytes) : nullptr;
        QByteArray data;
        const qint64 received = room ? link->errorWatch->receive(room, ReadBlockBytes)
                                     : link->errorWatch->receiveBlock(&data);
        if (received < 0)
            return; // nothing queued, or an error: Qt then closes (see the watch)
        if (received == 0) {
            link->endOfStream = true;
            return;
        }
        if (room) {
            framer->pushContinuation(received);
            if (!deliverPushedChunk(connectionId) || received < ReadBlockBytes)
                return;
            continue;
        }
        if (!takeBlock(connectionId, data) || received < ReadBlockBytes)
            return; // a short block most likely emptied the queue; the notifier says if not
    }
}

bool TcpServerSession::takeBlock(int connectionId, const QByteArray &data)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return false;
    if (link->framer) {
        link->framer->push(data);
        return deliverPushedChunk(connectionId);
    }
    // Batched: the blocks of one notification reach the log in one append (readDirect()
    // flushes); whatever is recorded unbatched in between (an echo's sent row) flushes first.
    recordBatched(TrafficEvent::Kind::Received, link->local, link->peer, data,
                  TlsNarration::readCall(m_tls), connectionId);
    return respondTo(connectionId, data);
}

bool TcpServerSession::deliverPushedChunk(int connectionId)
{
    // Bytes arrived: an idle-framed message's gap starts again.
    if (const Link *link = linkFor(connectionId); link && link->idleTimer)
        link->idleTimer->start();
    return deliverFramed(connectionId);
}
