// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/session.h"

#include "log/trafficlog.h"

#include <QDateTime>
#include <QMutexLocker>

Session::Session(int id, TrafficEvent::Protocol protocol, TrafficLog *log, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_protocol(protocol)
    , m_log(log)
{
}

TrafficEvent Session::makeEvent(TrafficEvent::Kind kind, const Endpoint &local,
                                const Endpoint &peer, const QByteArray &payload,
                                const QString &message, int connectionId) const
{
    // Built in one go, endpoints copy-constructed: a default-constructed QHostAddress
    // allocates its private data, so `TrafficEvent event; event.local = ...` cost every event
    // two malloc()/free() pairs (~300 instructions, a third of a repeated datagram's own work).
    return TrafficEvent{.sessionId = m_id,
                        .connectionId = connectionId,
                        .protocol = m_protocol,
                        .kind = kind,
                        .role = m_role,
                        .local = local,
                        .peer = peer,
                        .payload = payload,
                        .size = payload.size(),
                        .message = message};
}

Session::~Session()
{
    flushRecorded();
}

QString Session::errorString() const
{
    QMutexLocker locker(&m_errorMutex);
    return m_errorString;
}

void Session::record(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                     const QByteArray &payload, const QString &message, int connectionId)
{
    flushRecorded();
    m_log->append(makeEvent(kind, local, peer, payload, message, connectionId));
}

void Session::recordBatched(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                            const QByteArray &payload, const QString &message,
                            int connectionId)
{
    if (kind != TrafficEvent::Kind::Received || m_protocol != TrafficEvent::Protocol::Tcp
        || m_batch.isEmpty() || !m_batch.last().joinRun(payload, message, connectionId)) {
        addToBatch(kind, local, peer, payload, message, connectionId);
    }
    m_batchBytes += payload.size();
    if (batchIsFull())
        flushRecorded();
}

void Session::recordBatchedRun(const Endpoint &local, const Endpoint &peer,
                               const QByteArray &payload, QList<qint32> &ends,
                               const QString &message, int connectionId)
{
    LogEntry &entry = addToBatch(TrafficEvent::Kind::Received, local, peer, payload, message,
                                 connectionId);
    if (ends.size() > 1)
        entry.ends.swap(ends);
    ends.clear();
    m_batchBytes += payload.size();
    if (batchIsFull())
        flushRecorded();
}

LogEntry &Session::addToBatch(TrafficEvent::Kind kind, const Endpoint &local,
                              const Endpoint &peer, const QByteArray &payload,
                              const QString &message, int connectionId)
{
    if (m_batch.capacity() < maxBatchedEvents)
        m_batch.reserve(maxBatchedEvents);
    // One clock reading per batch: a batch is flushed by the end of the event-loop turn that
    // started it, so its events share the millisecond they were read in, and a framed flood
    // of small messages no longer reads the clock per message.
    if (m_batch.isEmpty())
        m_batchTimeMs = QDateTime::currentMSecsSinceEpoch();
    // Built in place (the batch has room reserved), endpoints copy-constructed once.
    return m_batch.emplaceBack(std::in_place, quint64(0), m_batchTimeMs, m_id, connectionId,
                               m_protocol, kind, m_role, local, peer, payload,
                               qint64(payload.size()), message);
}

void Session::flushRecorded()
{
    if (m_batch.isEmpty())
        return;
    m_log->appendBatch(m_batch);
    m_batchBytes = 0;
}

void Session::recordInfo(const QString &message, const Endpoint &local, const Endpoint &peer,
                         int connectionId)
{
    record(TrafficEvent::Kind::Info, local, peer, {}, message, connectionId);
}

void Session::fail(const QString &message, const Endpoint &local, const Endpoint &peer,
                   int connectionId)
{
    {
        QMutexLocker locker(&m_errorMutex);
        m_errorString = message;
    }
    record(TrafficEvent::Kind::Error, local, peer, {}, message, connectionId);
    emit errorOccurred(message);
}

void Session::clearError()
{
    QMutexLocker locker(&m_errorMutex);
    m_errorString.clear();
}
