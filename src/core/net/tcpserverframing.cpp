// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/socketread.h"
#include "net/tlsnarration.h"

#include <QTcpSocket>
#include <QTimer>

// How TcpServerSession reads a connection whose stream is cut into messages (issue 11): one
// Received event and one respondTo() per message, the recv() chunks that made it in the
// event's message. Unframed reading is readFrom() in tcpserverreading.cpp.

void TcpServerSession::setUpFraming(int connectionId, const FrameSpec &spec)
{
    Link *link = linkFor(connectionId);
    if (!link || spec.isNone())
        return;
    link->framer = std::make_shared<StreamFramer>(spec, TlsNarration::readCall(m_tls));
    if (!m_tls)
        link->framer->setInPlaceReads(ReadBlockBytes); // readDirect() reads into the framer
    if (spec.mode != FrameSpec::Mode::Idle)
        return;
    link->idleTimer = new QTimer(link->socket);
    link->idleTimer->setSingleShot(true);
    link->idleTimer->setInterval(spec.idleMs);
    connect(link->idleTimer, &QTimer::timeout, this,
            [this, connectionId] { onIdleGap(connectionId); });
}

void TcpServerSession::readFramed(int connectionId)
{
    readFramedBatch(connectionId);
    // Messages are recorded in batches (a flood of small ones would otherwise take the log's
    // lock and wake its readers once each): none may wait past this event-loop turn.
    flushRecorded();
}

void TcpServerSession::readFramedBatch(int connectionId)
{
    Link *link = linkFor(connectionId);
    // Held by a copy: a message's respondTo() may end the connection and its Link.
    const std::shared_ptr<StreamFramer> framer = link->framer;
    for (;;) {
        // What was already cut from a chunk when reading paused comes first.
        if (!deliverFramed(connectionId))
            return;
        link = linkFor(connectionId);
        if (!link || link->socket->bytesAvailable() <= 0)
            break;
        const QByteArray data = readAvailable(link->socket, ReadBlockBytes);
        if (data.isEmpty())
            break;
        framer->push(data);
        if (link->idleTimer)
            link->idleTimer->start();
    }
    closeIfPeerFinished(connectionId);
}

bool TcpServerSession::deliverFramed(int connectionId)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return false;
    const std::shared_ptr<StreamFramer> framer = link->framer;
    StreamFramer::Message message;
    // Messages nothing answers are only logged: those a chunk holds whole are cut and
    // recorded as one run (a framed flood of 1 KiB messages spent more on each message's
    // trip through next(), deliverMessage() and the batch than on its bytes).
    const bool onlyLogged = !m_answersMessages.load(std::memory_order_relaxed);
    QByteArray runBytes;
    QList<qint32> runEnds;
    QString runText;
    for (;;) {
        if (onlyLogged && framer->nextRun(&runBytes, &runEnds, &runText) > 0) {
            recordBatchedRun(link->local, link->peer, runBytes, runEnds, runText, connectionId);
            continue;
        }
        if (!framer->next(&message))
            return true;
        if (!deliverMessage(connectionId, message))
            return false;
        link = linkFor(connectionId);
        if (!link)
            return false;
    }
}

bool TcpServerSession::deliverMessage(int connectionId, const StreamFramer::Message &message)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return false;
    if (message.kind == StreamFramer::Message::Kind::Error) {
        // The peer's protocol error, not ours: logged, not a session failure.
        record(TrafficEvent::Kind::Error, link->local, link->peer, {}, message.text,
               connectionId);
        return true;
    }
    // Batched; whatever else is recorded (a reply, a close) flushes the batch first.
    recordBatched(TrafficEvent::Kind::Received, link->local, link->peer, message.bytes,
                  message.text, connectionId);
    // A partial message at the close is shown, never answered: it is not a message.
    if (message.kind == StreamFramer::Message::Kind::Partial)
        return true;
    return respondTo(connectionId, message.bytes);
}

bool TcpServerSession::finishFraming(int connectionId)
{
    Link *link = linkFor(connectionId);
    if (!link || !link->framer)
        return link != nullptr;
    if (link->idleTimer)
        link->idleTimer->stop();
    const std::shared_ptr<StreamFramer> framer = link->framer;
    StreamFramer::Message message;
    bool open = true;
    while (open && framer->finish(&message))
        open = deliverMessage(connectionId, message);
    flushRecorded();
    return open && linkFor(connectionId) != nullptr;
}

void TcpServerSession::onIdleGap(int connectionId)
{
    Link *link = linkFor(connectionId);
    if (!link)
        return;
    const std::shared_ptr<StreamFramer> framer = link->framer;
    StreamFramer::Message message;
    if (framer->flush(&message)) {
        deliverMessage(connectionId, message);
        flushRecorded();
        return;
    }
    // Reading paused in the middle of a chunk: the gap is measured again once it resumes.
    if (framer->hasInput())
        link->idleTimer->start();
}
