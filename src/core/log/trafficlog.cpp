// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/trafficlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace {

quint64 connectionKey(int sessionId, int connectionId)
{
    return (static_cast<quint64>(static_cast<quint32>(sessionId)) << 32)
           | static_cast<quint32>(connectionId);
}

} // namespace

TrafficLog::TrafficLog(QObject *parent)
    : QObject(parent)
{
}

void TrafficLog::addSink(Sink *sink)
{
    QMutexLocker locker(&m_mutex);
    if (!m_sinks.contains(sink))
        m_sinks.append(sink);
}

void TrafficLog::removeSink(Sink *sink)
{
    QMutexLocker locker(&m_mutex);
    m_sinks.removeAll(sink);
    // An appending thread may still be inside sink->waitForRoom(): the caller may delete the
    // sink once we return. The sink has been told to stop first, so these waits are short.
    while (m_sinkWaits > 0)
        m_sinkWaitsDone.wait(&m_mutex);
}

void TrafficLog::setLimits(const Limits &limits)
{
    QMutexLocker locker(&m_mutex);
    m_limits.maxEvents = std::max<qsizetype>(1, limits.maxEvents);
    m_limits.maxPayloadBytes = std::max<qint64>(0, limits.maxPayloadBytes);
    evictLocked();
}

TrafficLog::Limits TrafficLog::limits() const
{
    QMutexLocker locker(&m_mutex);
    return m_limits;
}

void TrafficLog::count(Counters &counters, const TrafficEvent &event, quint64 messages)
{
    using Kind = TrafficEvent::Kind;
    switch (event.kind) {
    case Kind::Received:
        counters.messagesIn += messages;
        counters.bytesIn += static_cast<quint64>(event.size);
        break;
    case Kind::Sent:
        counters.messagesOut += messages;
        counters.bytesOut += static_cast<quint64>(event.size);
        break;
    case Kind::Error:
        ++counters.errors;
        break;
    case Kind::Accepted:
    case Kind::Connected:
        ++counters.connections;
        break;
    default:
        break;
    }
}

void TrafficLog::add(Counters &counters, const Counters &more)
{
    counters.messagesIn += more.messagesIn;
    counters.messagesOut += more.messagesOut;
    counters.bytesIn += more.bytesIn;
    counters.bytesOut += more.bytesOut;
    counters.errors += more.errors;
    counters.connections += more.connections;
}

quint64 TrafficLog::append(TrafficEvent event)
{
    if (event.timestampMs == 0)
        event.timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (event.size < event.payload.size())
        event.size = event.payload.size();
    quint64 sequence = 0;
    QList<Sink *> throttling;
    {
        QMutexLocker locker(&m_mutex);
        count(m_totals, event);
        count(m_sessions[event.sessionId], event);
        countConnectionLocked(event);
        storeLocked(LogEntry(std::move(event)));
        sequence = m_lastSequence;
        throttling = throttlingSinksLocked();
    }
    finishAppend(throttling);
    return sequence;
}

quint64 TrafficLog::appendBatch(QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return 0;
    qint64 now = 0;
    for (LogEntry &entry : entries) {
        TrafficEvent &event = entry.event;
        if (event.timestampMs == 0)
            event.timestampMs = now ? now : (now = QDateTime::currentMSecsSinceEpoch());
        if (event.size < event.payload.size())
            event.size = event.payload.size();
    }
    quint64 sequence = 0;
    QList<Sink *> throttling;
    {
        QMutexLocker locker(&m_mutex);
        // A batch is usually one session's run of sent (or received) events: its counters
        // are summed here and added to the hashes once per run, not looked up per event.
        // A server connection's (connectionId != 0) entry comes and goes with its accepted
        // and closed events, which take the per-event path in order; its received and sent
        // events between them are summed as a run like the others (a framed flood appends a
        // batch of one connection's messages: a hash lookup each was a tenth of the batch).
        int runSession = entries.constFirst().event.sessionId;
        Counters sessionRun;
        quint64 connectionRunKey = connectionKey(runSession, 0);
        Counters connectionRun;
        bool connectionRunPending = false;
        const auto endConnectionRun = [&] {
            if (connectionRunPending)
                add(m_connections[connectionRunKey], connectionRun);
            connectionRun = {};
            connectionRunPending = false;
        };
        for (LogEntry &entry : entries) {
            const TrafficEvent &event = entry.event;
            const quint64 messages = quint64(entry.count());
            count(m_totals, event, messages);
            if (event.sessionId != runSession) {
                add(m_sessions[runSession], sessionRun);
                sessionRun = {};
                runSession = event.sessionId;
            }
            count(sessionRun, event, messages);
            if (event.connectionId == 0 || event.kind == TrafficEvent::Kind::Received
                || event.kind == TrafficEvent::Kind::Sent) {
                const quint64 key = connectionKey(event.sessionId, event.connectionId);
                if (key != connectionRunKey) {
                    endConnectionRun();
                    connectionRunKey = key;
                }
                count(connectionRun, event, messages);
                connectionRunPending = true;
            } else {
                endConnectionRun();
                countConnectionLocked(event);
            }
            storeLocked(std::move(entry));
        }
        add(m_sessions[runSession], sessionRun);
        endConnectionRun();
        sequence = m_lastSequence;
        throttling = throttlingSinksLocked();
    }
    entries.clear();
    finishAppend(throttling);
    return sequence;
}

void TrafficLog::storeLocked(LogEntry &&entry)
{
    if (!entry.isRun())
        return storeOneLocked(std::move(entry));
    // A run bigger than the whole byte budget goes in as its messages, so that each is cut
    // to the budget (or evicted) exactly as it would have been alone.
    if (entry.event.payload.size() > m_limits.maxPayloadBytes) {
        for (qsizetype i = 0; i < entry.count(); ++i)
            storeOneLocked(LogEntry(entry.message(i)));
        return;
    }
    entry.event.sequence = m_lastSequence + 1;
    m_lastSequence = entry.lastSequence();
    for (Sink *sink : std::as_const(m_sinks)) {
        for (qsizetype i = 0; i < entry.count(); ++i)
            sink->consume(entry.message(i));
    }
    m_heldEvents += entry.count();
    m_heldPayloadBytes += entry.heldPayloadBytes();
    m_events.push_back(std::move(entry));
    evictLocked();
}

void TrafficLog::storeOneLocked(LogEntry &&entry)
{
    TrafficEvent &event = entry.event;
    event.sequence = ++m_lastSequence;
    // Sinks get the whole payload: the file is exact even where the ring is not.
    for (Sink *sink : std::as_const(m_sinks))
        sink->consume(event);
    // One payload larger than the whole byte budget keeps its head only; size still says
    // how much arrived and isPayloadTruncated() tells every view so.
    if (event.payload.size() > m_limits.maxPayloadBytes)
        event.payload.truncate(m_limits.maxPayloadBytes);
    ++m_heldEvents;
    m_heldPayloadBytes += event.payload.size();
    m_events.push_back(std::move(entry));
    // Evicted as each one comes: the ring never holds more than its caps, and the block the
    // oldest events leave is the one the next ones are written to, still in the cache.
    evictLocked();
}

QList<TrafficLog::Sink *> TrafficLog::throttlingSinksLocked()
{
    if (m_sinks.isEmpty() || isMainThread())
        return {};
    ++m_sinkWaits;
    return m_sinks;
}

void TrafficLog::finishAppend(const QList<Sink *> &throttling)
{
    if (m_notifyArmed.exchange(false))
        emit eventsAvailable();
    if (throttling.isEmpty())
        return;
    // Outside the lock: readers (the window's model) never wait for a slow disk.
    for (Sink *sink : throttling)
        sink->waitForRoom();
    QMutexLocker locker(&m_mutex);
    if (--m_sinkWaits == 0)
        m_sinkWaitsDone.wakeAll();
}

bool TrafficLog::isMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return !app || QThread::currentThread() == app->thread();
}

void TrafficLog::countConnectionLocked(const TrafficEvent &event)
{
    const quint64 key = connectionKey(event.sessionId, event.connectionId);
    if (event.connectionId == 0) {
        // Clients and UDP sockets: one entry per session, as many as there are sessions.
        count(m_connections[key], event);
        return;
    }
    // A server connection's counters live from its first counted event to its closed event;
    // what can still follow closed (an error, a note) never brings them back.
    using Kind = TrafficEvent::Kind;
    switch (event.kind) {
    case Kind::Closed:
        m_connections.remove(key);
        break;
    case Kind::Accepted:
    case Kind::Connected:
    case Kind::Received:
    case Kind::Sent:
        count(m_connections[key], event);
        break;
    case Kind::Error:
        if (const auto it = m_connections.find(key); it != m_connections.end())
            count(*it, event);
        break;
    default:
        break; // counts nothing
    }
}

void TrafficLog::evictLocked()
{
    // The caps count messages, as readers see them: a run loses its first ones as if each
    // had been appended alone.
    const auto overCaps = [this] {
        return m_heldEvents > m_limits.maxEvents
               || (m_heldPayloadBytes > m_limits.maxPayloadBytes && m_heldEvents > 1);
    };
    while (overCaps()) {
        LogEntry &oldest = m_events.front();
        if (oldest.count() == 1) {
            m_heldPayloadBytes -= oldest.heldPayloadBytes();
            --m_heldEvents;
            ++m_evicted;
            m_events.pop_front();
            continue;
        }
        // A run: as many of its first messages as the caps want gone, counted at once (the
        // byte cap by a binary search of the run's ends), never its last: the single-event
        // path above takes that, with the rule that the byte cap keeps one event.
        qsizetype drop = m_heldEvents - m_limits.maxEvents;
        if (const qint64 excess = m_heldPayloadBytes - m_limits.maxPayloadBytes; excess > 0)
            drop = std::max(drop, oldest.messagesCovering(excess));
        drop = std::clamp<qsizetype>(drop, 1, oldest.count() - 1);
        const qint64 bytes = oldest.frontBytes(drop);
        oldest.dropped += drop;
        m_heldPayloadBytes -= bytes;
        m_heldEvents -= drop;
        m_evicted += quint64(drop);
    }
}

QList<TrafficEvent> TrafficLog::eventsAfter(quint64 after, qsizetype max) const
{
    m_notifyArmed.store(true);
    QMutexLocker locker(&m_mutex);
    QList<TrafficEvent> result;
    if (m_events.empty() || after >= m_lastSequence)
        return result;
    // The first entry holding a message after `after`: entries hold consecutive sequence
    // numbers in order, a run a range of them.
    size_t low = 0;
    size_t high = m_events.size();
    while (low < high) {
        const size_t middle = low + (high - low) / 2;
        if (m_events.at(middle).lastSequence() <= after)
            low = middle + 1;
        else
            high = middle;
    }
    const quint64 firstWanted = std::max(after + 1, m_events.front().firstSequence());
    qsizetype count = static_cast<qsizetype>(m_lastSequence - firstWanted + 1);
    if (max >= 0)
        count = std::min(count, max);
    result.reserve(count);
    for (size_t i = low; i < m_events.size() && result.size() < count; ++i) {
        const LogEntry &entry = m_events.at(i);
        const qsizetype skip = firstWanted > entry.firstSequence()
                ? static_cast<qsizetype>(firstWanted - entry.firstSequence())
                : 0;
        for (qsizetype m = skip; m < entry.count() && result.size() < count; ++m)
            result.append(entry.message(m));
    }
    return result;
}

quint64 TrafficLog::lastSequence() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastSequence;
}

quint64 TrafficLog::firstHeldSequence() const
{
    QMutexLocker locker(&m_mutex);
    return m_events.empty() ? 0 : m_events.front().firstSequence();
}

qsizetype TrafficLog::heldCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_heldEvents;
}

qint64 TrafficLog::heldPayloadBytes() const
{
    QMutexLocker locker(&m_mutex);
    return m_heldPayloadBytes;
}

quint64 TrafficLog::evictedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_evicted;
}

TrafficLog::Counters TrafficLog::totals() const
{
    QMutexLocker locker(&m_mutex);
    return m_totals;
}

TrafficLog::Counters TrafficLog::sessionCounters(int sessionId) const
{
    QMutexLocker locker(&m_mutex);
    return m_sessions.value(sessionId);
}

TrafficLog::Counters TrafficLog::connectionCounters(int sessionId, int connectionId) const
{
    QMutexLocker locker(&m_mutex);
    return m_connections.value(connectionKey(sessionId, connectionId));
}

qsizetype TrafficLog::connectionCountersHeld() const
{
    QMutexLocker locker(&m_mutex);
    return m_connections.size();
}

void TrafficLog::clear()
{
    QMutexLocker locker(&m_mutex);
    m_events.clear();
    m_heldEvents = 0;
    m_heldPayloadBytes = 0;
}

void TrafficLog::resetCounters()
{
    QMutexLocker locker(&m_mutex);
    m_totals = {};
    m_sessions.clear();
    m_connections.clear();
}
