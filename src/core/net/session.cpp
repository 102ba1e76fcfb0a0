#include "net/session.h"

#include "log/trafficlog.h"

#include <QMutexLocker>

Session::Session(int id, TrafficEvent::Protocol protocol, TrafficLog *log, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_protocol(protocol)
    , m_log(log)
{
}

QString Session::errorString() const
{
    QMutexLocker locker(&m_errorMutex);
    return m_errorString;
}

void Session::record(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                     const QByteArray &payload, const QString &message, int connectionId)
{
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
