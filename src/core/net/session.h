// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logentry.h"
#include "log/trafficevent.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

class TrafficLog;

// Common ground of the TCP server, TCP client and UDP sessions: an id, the log it narrates
// into, and an error string. Verbs of subclasses may be called from any thread: they hop to
// the session's own (network) thread before touching a socket. Getters are thread-safe.
class Session : public QObject
{
    Q_OBJECT

public:
    ~Session() override;

    int id() const { return m_id; }
    TrafficEvent::Protocol protocol() const { return m_protocol; }
    TrafficEvent::Role role() const { return m_role; }
    // Set by the Engine before the session moves to its thread; stamped on every event.
    void setRole(TrafficEvent::Role role) { m_role = role; }
    TrafficLog *log() const { return m_log; }
    QString errorString() const;

signals:
    // One sentence naming the cause; the same text is logged as an error event.
    void errorOccurred(const QString &message);
    // The session has closed every socket after a stop-after-N limit or a stop()/close():
    // the CLI exits on it. Not emitted when listen()/bind() fails (errorOccurred is).
    void finished();

protected:
    Session(int id, TrafficEvent::Protocol protocol, TrafficLog *log, QObject *parent);

    // Runs f later on this object's thread when called from another one. Returns true when
    // it did so (the caller returns at once), false when already on the right thread.
    template<typename F>
    bool deferToOwnThread(F &&f)
    {
        if (QThread::currentThread() == thread())
            return false;
        QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
        return true;
    }

    void record(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                const QByteArray &payload = {}, const QString &message = {},
                int connectionId = 0);
    // A flood's events (a repeat's sent datagrams): kept in order in a small batch that goes
    // to the log in one appendBatch() at flushRecorded() or once it holds maxBatchedEvents
    // events or maxBatchedBytes payload bytes. Stamped now, as record() would. Every other
    // record() flushes the batch first, so the log keeps the session's order. A TCP
    // message whose bytes follow the previous one's in the block one read gave, with the same
    // text, joins it as a run (LogEntry::joinRun()): what a framed stream cuts from a block.
    // Network thread only; the caller flushes before it hands the thread back to the event
    // loop.
    void recordBatched(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                       const QByteArray &payload, const QString &message, int connectionId = 0);
    // recordBatched() for the run of received messages a StreamFramer::nextRun() cut: one
    // entry for all of them, payload their bytes and ends where each ends (taken, left empty).
    void recordBatchedRun(const Endpoint &local, const Endpoint &peer, const QByteArray &payload,
                          QList<qint32> &ends, const QString &message, int connectionId = 0);
    void flushRecorded();
    TrafficEvent makeEvent(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                           const QByteArray &payload, const QString &message,
                           int connectionId) const;
    static constexpr qsizetype maxBatchedEvents = 512;
    static constexpr qint64 maxBatchedBytes = 256 * 1024;
    void recordInfo(const QString &message, const Endpoint &local = {},
                    const Endpoint &peer = {}, int connectionId = 0);
    // Logs an error event, stores it as errorString() and emits errorOccurred().
    void fail(const QString &message, const Endpoint &local = {}, const Endpoint &peer = {},
              int connectionId = 0);
    void clearError();

private:
    // A new entry at the end of the batch, built in place; the caller flushes when full.
    LogEntry &addToBatch(TrafficEvent::Kind kind, const Endpoint &local, const Endpoint &peer,
                         const QByteArray &payload, const QString &message, int connectionId);
    bool batchIsFull() const
    {
        return m_batch.size() >= maxBatchedEvents || m_batchBytes >= maxBatchedBytes;
    }

    const int m_id;
    const TrafficEvent::Protocol m_protocol;
    TrafficEvent::Role m_role = TrafficEvent::Role::Server;
    TrafficLog *const m_log;
    mutable QMutex m_errorMutex;
    QString m_errorString;
    QList<LogEntry> m_batch; // network thread only, empty between event-loop turns
    qint64 m_batchBytes = 0;
    qint64 m_batchTimeMs = 0; // when the batch's first event was recorded
};
