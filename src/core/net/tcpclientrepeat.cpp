// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpclientsession.h"

#include "net/filestreamer.h"
#include "net/repeatrunner.h"
#include "net/sessionrepeatrunner.h"
#include "net/tcpsocketcontrol.h"

#include <QTcpSocket>

// TcpClientSession's repeat, sequence and file verbs: what the connection is sent on a
// schedule or from disk. Connecting and serving it is tcpclientsession.cpp.

void TcpClientSession::ensureRepeatRunner()
{
    SessionRepeatRunner::ensure(m_repeat, this, &TcpClientSession::writeRepeat,
                                &TcpClientSession::canWriteRepeat,
                                &TcpClientSession::repeatProgress);
}

bool TcpClientSession::canWriteRepeat() const
{
    // Waits for bytesWritten rather than failing or growing: the queue bound holds.
    return m_queue.pendingBytes() < TcpSocketControl::writeQueueLimit;
}

RepeatRunner::SendResult TcpClientSession::writeRepeat(const QByteArray &payload, QString *error)
{
    if (!m_socket || state() != State::Connected || m_closeRequested) {
        *error = tr("the connection is closed");
        return RepeatRunner::SendResult::Failed;
    }
    if (payload.isEmpty()) {
        *error = tr("the payload is empty (TCP has no empty messages); nothing was sent");
        return RepeatRunner::SendResult::Failed;
    }
    if (m_socket->write(payload) != payload.size()) {
        *error = tr("send() to %1 failed: %2.").arg(peerEndpoint().toString(),
                                                    m_socket->errorString());
        return RepeatRunner::SendResult::Failed;
    }
    m_queue.enqueue(payload);
    m_bytesToSend = m_queue.pendingBytes();
    return RepeatRunner::SendResult::Sent;
}

void TcpClientSession::startRepeat(const RepeatPlan &plan, const PayloadProducer &producer)
{
    if (deferToOwnThread([=, this] { startRepeat(plan, producer); }))
        return;
    ensureRepeatRunner();
    if (state() != State::Connected || m_closeRequested) {
        m_repeat->stop({});
        const QString message = tr("Not connected; connect before repeating (nothing was "
                                   "sent).");
        fail(message);
        RepeatProgress progress;
        progress.planned = plan.count;
        progress.finished = true;
        progress.stopReason = message;
        emit repeatProgress(progress);
        return;
    }
    m_repeat->start(plan, producer);
}

void TcpClientSession::startSequence(const QList<SequenceStep> &steps, qint64 repetitions)
{
    if (deferToOwnThread([=, this] { startSequence(steps, repetitions); }))
        return;
    ensureRepeatRunner();
    if (state() != State::Connected || m_closeRequested) {
        m_repeat->stop({});
        const QString message = tr("Not connected; connect before sending a sequence "
                                   "(nothing was sent).");
        fail(message);
        RepeatProgress progress;
        progress.planned = repetitions * steps.size();
        progress.finished = true;
        progress.stopReason = message;
        emit repeatProgress(progress);
        return;
    }
    m_repeat->startSequence(steps, repetitions);
}

void TcpClientSession::stopRepeat()
{
    if (deferToOwnThread([this] { stopRepeat(); }))
        return;
    if (m_repeat)
        m_repeat->stop(tr("stopped"));
}

void TcpClientSession::ensureFileStreamer()
{
    if (m_file)
        return;
    m_file = new FileStreamer(
            [this](const QByteArray &chunk, QString *error) {
                return writeRepeat(chunk, error) == RepeatRunner::SendResult::Sent;
            },
            [this] { return m_queue.pendingBytes(); }, this);
    connect(m_file, &FileStreamer::fileProgress, this, &TcpClientSession::fileProgress);
    connect(m_file, &FileStreamer::failed, this,
            [this](const QString &message) { fail(message, localEndpoint(), peerEndpoint()); });
}

void TcpClientSession::sendFile(const QString &path)
{
    if (deferToOwnThread([=, this] { sendFile(path); }))
        return;
    ensureFileStreamer();
    if (state() != State::Connected || m_closeRequested) {
        const QString message = tr("Not connected; connect before sending a file (nothing "
                                   "was sent).");
        fail(message);
        emit fileProgress(0, -1, true, message);
        return;
    }
    recordInfo(tr("sending the file \"%1\" as it is read, in chunks of up to %2 bytes")
                       .arg(path)
                       .arg(FileStreamer::chunkSize),
               localEndpoint(), peerEndpoint());
    m_file->start(path); // a file that cannot be read is reported through failed()
}

void TcpClientSession::stopFile()
{
    if (deferToOwnThread([this] { stopFile(); }))
        return;
    if (m_file)
        m_file->stop(tr("stopped"));
}
