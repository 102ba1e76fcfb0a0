// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpclientsession.h"

#include "net/tlsnarration.h"

#include <QTimer>

// How TcpClientSession logs a received stream cut into messages (issue 11): one Received
// event per message, the recv() chunks that made it in the event's message. Unframed, each
// chunk is one event (onReadyRead() in tcpclientsession.cpp).

void TcpClientSession::startFraming()
{
    const FrameSpec spec = framing();
    if (m_idleFrameTimer)
        m_idleFrameTimer->stop();
    if (spec.isNone()) {
        m_framer.reset();
        return;
    }
    m_framer = std::make_unique<StreamFramer>(
            spec, TlsNarration::readCall(m_sslConfiguration != nullptr));
    recordInfo(tr("framing: %1").arg(spec.describe()), localEndpoint(), peerEndpoint());
    if (spec.mode != FrameSpec::Mode::Idle)
        return;
    if (!m_idleFrameTimer) {
        m_idleFrameTimer = new QTimer(this);
        m_idleFrameTimer->setSingleShot(true);
        connect(m_idleFrameTimer, &QTimer::timeout, this, &TcpClientSession::onIdleGap);
    }
    m_idleFrameTimer->setInterval(spec.idleMs);
}

void TcpClientSession::receiveFramed(const QByteArray &chunk, const Endpoint &local,
                                     const Endpoint &peer)
{
    m_framer->push(chunk);
    StreamFramer::Message message;
    // The messages the chunk holds whole as one run: the client only logs what it receives.
    QByteArray runBytes;
    QList<qint32> runEnds;
    QString runText;
    for (;;) {
        if (m_framer->nextRun(&runBytes, &runEnds, &runText) > 0)
            recordBatchedRun(local, peer, runBytes, runEnds, runText);
        else if (m_framer->next(&message))
            recordMessage(message, local, peer);
        else
            break;
    }
    flushRecorded();
    if (m_idleFrameTimer && m_framer->spec().mode == FrameSpec::Mode::Idle)
        m_idleFrameTimer->start();
}

void TcpClientSession::finishFraming()
{
    if (!m_framer)
        return;
    if (m_idleFrameTimer)
        m_idleFrameTimer->stop();
    const Endpoint local = localEndpoint();
    const Endpoint peer = peerEndpoint();
    StreamFramer::Message message;
    while (m_framer->finish(&message))
        recordMessage(message, local, peer);
    flushRecorded();
}

void TcpClientSession::onIdleGap()
{
    StreamFramer::Message message;
    if (m_framer && m_framer->flush(&message))
        recordMessage(message, localEndpoint(), peerEndpoint());
    flushRecorded();
}

void TcpClientSession::recordMessage(const StreamFramer::Message &message, const Endpoint &local,
                                     const Endpoint &peer)
{
    // An oversize or malformed message is the peer's protocol error: logged, not a failure of
    // the connection (the CLI does not exit 1 on it). Batched: a flood of small messages
    // takes the log's lock once per batch; callers flush before returning to the event loop.
    recordBatched(message.kind == StreamFramer::Message::Kind::Error
                          ? TrafficEvent::Kind::Error
                          : TrafficEvent::Kind::Received,
                  local, peer, message.bytes, message.text);
}
