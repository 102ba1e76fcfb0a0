// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpserversession.h"

#include "net/filestreamer.h"
#include "net/repeatrunner.h"
#include "net/sessionrepeatrunner.h"
#include "net/tcpsocketcontrol.h"

#include <QTcpSocket>

#include <algorithm>
#include <utility>

// What TcpServerSession's connections are sent: one message, the same to all, a repeat or
// sequence on a schedule, a file from disk, each new client's greeting. Accepting and serving
// them is tcpserversession.cpp.

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

void TcpServerSession::ensureRepeatRunner()
{
    SessionRepeatRunner::ensure(m_repeat, this, &TcpServerSession::writeRepeat,
                                &TcpServerSession::canWriteRepeat,
                                [this](const RepeatProgress &progress) {
                                    if (progress.finished)
                                        m_repeatTargets.clear();
                                    emit repeatProgress(progress);
                                });
}

bool TcpServerSession::beginRepeat(const QList<int> &connectionIds, qint64 planned)
{
    ensureRepeatRunner();
    m_repeat->stop(tr("replaced by a new repeat"));
    m_repeatTargets.clear();
    const QList<int> wanted = connectionIds.isEmpty() ? m_links.keys() : connectionIds;
    QStringList missing;
    for (int id : wanted) {
        const Link *link = linkFor(id);
        if (link && !link->closing)
            m_repeatTargets.append(id);
        else
            missing << QStringLiteral("#%1").arg(id);
    }
    std::sort(m_repeatTargets.begin(), m_repeatTargets.end());
    QString message;
    if (m_repeatTargets.isEmpty())
        message = connectionIds.isEmpty()
                          ? tr("No client is connected; nothing was sent.")
                          : tr("Connection(s) %1 are not open; nothing was sent.")
                                    .arg(missing.join(u", "));
    if (!message.isEmpty()) {
        fail(message, localEndpoint());
        RepeatProgress progress;
        progress.planned = planned;
        progress.finished = true;
        progress.stopReason = message;
        emit repeatProgress(progress);
        return false;
    }
    if (!missing.isEmpty())
        recordInfo(tr("repeat: connection(s) %1 are not open and are left out")
                           .arg(missing.join(u", ")),
                   localEndpoint());
    return true;
}

bool TcpServerSession::canWriteRepeat()
{
    // The slowest reader sets the pace: a full queue is waited for, never overfilled.
    for (int id : std::as_const(m_repeatTargets)) {
        const Link *link = linkFor(id);
        if (link && link->queue.pendingBytes() >= TcpSocketControl::writeQueueLimit)
            return false;
    }
    return true;
}

RepeatRunner::SendResult TcpServerSession::writeRepeat(const QByteArray &payload, QString *error)
{
    if (payload.isEmpty()) {
        *error = tr("the payload is empty (TCP has no empty messages); nothing was sent");
        return RepeatRunner::SendResult::Failed;
    }
    const QList<int> targets = m_repeatTargets;
    for (int id : targets) {
        Link *link = linkFor(id);
        if (!link || link->closing) {
            dropFromRepeat(id, tr("closing"));
            continue;
        }
        watchWrites(id, link);
        if (link->socket->write(payload) != payload.size()) {
            fail(tr("send() to %1 failed: %2.")
                         .arg(link->peer.toString(), link->socket->errorString()),
                 link->local, link->peer, id);
            dropFromRepeat(id, link->socket->errorString());
            continue;
        }
        link->queue.enqueue(payload); // reported as sent from onWritten()
    }
    if (m_repeatTargets.isEmpty()) {
        *error = tr("every connection it was sending to has closed");
        return RepeatRunner::SendResult::Failed;
    }
    return RepeatRunner::SendResult::Sent;
}

void TcpServerSession::dropFromRepeat(int connectionId, const QString &reason)
{
    if (!m_repeatTargets.removeOne(connectionId))
        return;
    recordInfo(tr("connection #%1 left the repeat: %2").arg(connectionId).arg(reason),
               localEndpoint(), {}, connectionId);
    if (m_repeatTargets.isEmpty() && m_repeat)
        m_repeat->stop(tr("every connection it was sending to has closed"));
}

void TcpServerSession::startRepeat(const QList<int> &connectionIds, const RepeatPlan &plan,
                                   const PayloadProducer &producer)
{
    if (deferToOwnThread([=, this] { startRepeat(connectionIds, plan, producer); }))
        return;
    if (beginRepeat(connectionIds, plan.count))
        m_repeat->start(plan, producer);
}

void TcpServerSession::startSequence(const QList<int> &connectionIds,
                                     const QList<SequenceStep> &steps, qint64 repetitions)
{
    if (deferToOwnThread([=, this] { startSequence(connectionIds, steps, repetitions); }))
        return;
    if (beginRepeat(connectionIds, repetitions * steps.size()))
        m_repeat->startSequence(steps, repetitions);
}

void TcpServerSession::stopRepeat()
{
    if (deferToOwnThread([this] { stopRepeat(); }))
        return;
    if (m_repeat)
        m_repeat->stop(tr("stopped"));
}

void TcpServerSession::sendFile(int connectionId, const QString &path)
{
    if (deferToOwnThread([=, this] { sendFile(connectionId, path); }))
        return;
    if (!m_file) {
        m_file = new FileStreamer(
                [this](const QByteArray &chunk, QString *error) {
                    Link *link = linkFor(m_fileConnection);
                    if (!link || link->closing) {
                        *error = tr("Connection #%1 closed; the file was not sent whole.")
                                         .arg(m_fileConnection);
                        return false;
                    }
                    watchWrites(m_fileConnection, link);
                    if (link->socket->write(chunk) != chunk.size()) {
                        *error = tr("send() to %1 failed: %2.")
                                         .arg(link->peer.toString(),
                                              link->socket->errorString());
                        return false;
                    }
                    link->queue.enqueue(chunk);
                    return true;
                },
                [this]() -> qint64 {
                    const Link *link = linkFor(m_fileConnection);
                    return link ? link->queue.pendingBytes() : 0;
                },
                this);
        connect(m_file, &FileStreamer::fileProgress, this, &TcpServerSession::fileProgress);
        connect(m_file, &FileStreamer::failed, this, [this](const QString &message) {
            const Link *link = linkFor(m_fileConnection);
            fail(message, link ? link->local : localEndpoint(), link ? link->peer : Endpoint(),
                 m_fileConnection);
        });
    }
    m_file->stop(tr("replaced by \"%1\"").arg(path));
    const Link *link = linkFor(connectionId);
    if (!link || link->closing) {
        const QString message
                = tr("Connection #%1 is not open; the file was not sent.").arg(connectionId);
        fail(message, localEndpoint());
        emit fileProgress(0, -1, true, message);
        return;
    }
    m_fileConnection = connectionId;
    recordInfo(tr("sending the file \"%1\" as it is read, in chunks of up to %2 bytes")
                       .arg(path)
                       .arg(FileStreamer::chunkSize),
               link->local, link->peer, connectionId);
    m_file->start(path); // a file that cannot be read is reported through failed()
}

void TcpServerSession::stopFile()
{
    if (deferToOwnThread([this] { stopFile(); }))
        return;
    if (m_file)
        m_file->stop(tr("stopped"));
}

void TcpServerSession::queueGreeting(int connectionId, const TcpServerOptions &opts)
{
    // Sent when Qt's accept loop is done with the backlog, all in a row, at the start of the
    // next event-loop turn (before any socket is read). One at a time, right after each
    // accept(), every send() woke a client that had caught up and gone to sleep meanwhile: a
    // burst of 10,000 clients spent 29% of the server's time in send() and took 1.94-2.06x a
    // C accept loop's time; in a row, the client is still busy reading the last ones, and it
    // takes 1.47-1.63x (bench/RESULTS.md, "Greetings sent after the accept loop").
    if (m_pendingGreetings.empty())
        QMetaObject::invokeMethod(this, &TcpServerSession::sendGreetings, Qt::QueuedConnection);
    m_pendingGreetings.push_back({connectionId, opts.greeting, opts.closeAfterGreeting});
}

void TcpServerSession::sendGreetings()
{
    const std::vector<PendingGreeting> greetings = std::exchange(m_pendingGreetings, {});
    for (const PendingGreeting &greeting : greetings) {
        // A connection already gone was closed by us (a stop, a close of all), which forget()
        // logged; a closing one gets writeTo()'s "nothing was sent" row.
        if (!linkFor(greeting.connectionId))
            continue;
        writeTo(greeting.connectionId, greeting.payload, SentRecord::Batched);
        if (greeting.closeAfter && linkFor(greeting.connectionId))
            closeLink(greeting.connectionId, tr("closed by us after the greeting"));
    }
    flushRecorded();
}
