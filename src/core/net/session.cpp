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
    TrafficEvent event;
    event.sessionId = m_id;
    event.connectionId = connectionId;
    event.protocol = m_protocol;
    event.role = m_role;
    event.kind = kind;
    event.local = local;
    event.peer = peer;
    event.payload = payload;
    event.size = payload.size();
    event.message = message;
    m_log->append(std::move(event));
}

void Session::recordBatched(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                            const QByteArray &payload, const QString &message)
{
    if (m_batch.capacity() < maxBatchedEvents)
        m_batch.reserve(maxBatchedEvents);
    TrafficEvent &event = m_batch.emplace_back();
    event.timestampMs = QDateTime::currentMSecsSinceEpoch();
    event.sessionId = m_id;
    event.protocol = m_protocol;
    event.role = m_role;
    event.kind = kind;
    event.local = local;
    event.peer = peer;
    event.payload = payload;
    event.size = payload.size();
    event.message = message;
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
