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
    if (m_batch.capacity() < maxBatchedEvents)
        m_batch.reserve(maxBatchedEvents);
    // One clock reading per batch: a batch is flushed by the end of the event-loop turn that
    // started it, so its events share the millisecond they were read in, and a framed flood
    // of small messages no longer reads the clock per message.
    if (m_batch.isEmpty())
        m_batchTimeMs = QDateTime::currentMSecsSinceEpoch();
#ifdef __cpp_aggregate_paren_init
    // Constructed in place (the batch has room reserved), in TrafficEvent's member order:
    // appending makeEvent()'s result moved it, which copies both endpoints' QHostAddress (no
    // move constructor in Qt 6.4) and destroys the temporary's, four atomic operations.
    // Compilers without C++20's parenthesized aggregate init (clang before 16, which builds
    // the fuzzers) append the made event instead.
    m_batch.emplaceBack(quint64(0), m_batchTimeMs, m_id, connectionId, m_protocol, kind, m_role,
                        local, peer, payload, qint64(payload.size()), message);
#else
    m_batch.append(makeEvent(kind, local, peer, payload, message, connectionId));
    m_batch.last().timestampMs = m_batchTimeMs;
#endif
    m_batchBytes += payload.size();
    if (m_batch.size() >= maxBatchedEvents || m_batchBytes >= maxBatchedBytes)
        flushRecorded();
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
