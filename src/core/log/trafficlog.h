// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/eventring.h"
#include "log/logentry.h"
#include "log/trafficevent.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>

// The shared, bounded record of every TrafficEvent. Sessions append from the network thread;
// the GUI model and the CLI read from theirs. Old events are evicted when either cap is hit,
// but the counters always count every event ever appended.
class TrafficLog : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qsizetype maxEvents = 200'000;
        // Payload bytes held (Log to File keeps everything). Every received block is a fresh
        // allocation that stays until this budget evicts it, so a bigger budget makes a TCP
        // flood write into memory that has left the cache: measured with `BENCH_ONLY=tcp
        // bench/run.sh`, 64 MiB gave 0.62-0.76 of a C sink and 16 MiB 0.88-0.89 (256 MiB cost
        // about a third of the rate). 16 MiB still holds 200,000 events of 80 bytes.
        // socklab-cli --stats, which never reads the ring, holds 256 KiB.
        qint64 maxPayloadBytes = 16LL * 1024 * 1024;
    };

    struct Counters
    {
        quint64 messagesIn = 0;
        quint64 messagesOut = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 errors = 0;
        quint64 connections = 0;  // accepted + connected events
    };

    // Sees every appended event, in sequence order, whatever the caps evict later, with its
    // whole payload (the ring may keep only the head of a huge one): what an exact consumer
    // (the log file) attaches to instead of reading the ring. consume() runs on the appending
    // (network) thread under the log's lock, so it must only hand the event on.
    // waitForRoom() follows on the same thread once the lock is released: a sink that cannot
    // keep up blocks there, so the network thread reads its sockets later (TCP keeps the data
    // in the kernel) instead of the sink's queue growing. It is never called on the
    // application's main thread (the window, the CLI's printer), which must not wait; it must
    // return when the sink stops, because removeSink() waits for calls in progress.
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void consume(const TrafficEvent &event) = 0;
        virtual void waitForRoom() { }
    };

    explicit TrafficLog(QObject *parent = nullptr);

    // Thread-safe. After removeSink() returns, the sink is never called again (it waits for a
    // waitForRoom() in progress on another thread to return).
    void addSink(Sink *sink);
    void removeSink(Sink *sink);

    void setLimits(const Limits &limits);
    Limits limits() const;

    // Thread-safe. Stamps sequence (and time when unset), counts, stores, evicts the oldest.
    // Returns the sequence number given to the event.
    quint64 append(TrafficEvent event);
    // Thread-safe. The same as appending each event in order, under one lock: consecutive
    // sequence numbers, every event counted, stored and handed to the sinks, one
    // eventsAvailable() and one waitForRoom() per batch. What a flood appends from: a lock,
    // a notification and two counter-hash lookups per event cost a fast sender ~2-5% of its
    // rate. A run of messages (LogEntry::joinRun()) takes a sequence number per message and
    // is the same to every reader as its messages appended one by one. Leaves entries empty,
    // its capacity kept for the next batch. Returns the last sequence number given (0 for an
    // empty batch).
    quint64 appendBatch(QList<LogEntry> &entries);

    // Thread-safe. Held events with sequence > after, oldest first, at most max (-1: all).
    // Re-arms eventsAvailable().
    QList<TrafficEvent> eventsAfter(quint64 after, qsizetype max = -1) const;

    quint64 lastSequence() const;   // 0 before the first event
    quint64 firstHeldSequence() const; // 0 when nothing is held
    qsizetype heldCount() const;
    qint64 heldPayloadBytes() const;
    quint64 evictedCount() const;

    Counters totals() const;
    Counters sessionCounters(int sessionId) const;
    // Counters of one open TCP server connection: kept from its accepted event until its
    // closed event, then freed (the session's counters go on counting it), so a server that
    // accepted millions of connections holds counters only for those still open. Zero for a
    // connection never seen or already closed.
    Counters connectionCounters(int sessionId, int connectionId) const;
    qsizetype connectionCountersHeld() const;

    // Drops the held events; counters and sequence numbers go on.
    void clear();
    void resetCounters();

signals:
    // Coalesced: emitted from the appending thread for the first append after the last
    // eventsAfter() call, so a flood costs one signal per reader pass, not one per event.
    void eventsAvailable();

private:
    // Sequence, sinks, the byte cap of one payload, the ring: what every event goes through
    // once counted.
    void storeLocked(LogEntry &&entry);
    void storeOneLocked(LogEntry &&entry);
    // The sinks to call waitForRoom() on once the lock is released (none on the main
    // thread), counted as waits in progress; finishAppend() makes those calls.
    QList<Sink *> throttlingSinksLocked();
    void finishAppend(const QList<Sink *> &throttling);
    void evictLocked();
    void countConnectionLocked(const TrafficEvent &event);
    // messages: how many the event stands for (a run's count).
    static void count(Counters &counters, const TrafficEvent &event, quint64 messages = 1);
    static void add(Counters &counters, const Counters &more);
    static bool isMainThread();

    mutable QMutex m_mutex;
    Limits m_limits;
    EventRing m_events;
    quint64 m_lastSequence = 0;
    qsizetype m_heldEvents = 0; // messages held: a run counts each of its own
    quint64 m_evicted = 0;
    qint64 m_heldPayloadBytes = 0;
    Counters m_totals;
    QHash<int, Counters> m_sessions;
    QHash<quint64, Counters> m_connections;
    QList<Sink *> m_sinks;
    int m_sinkWaits = 0; // waitForRoom() calls in progress, outside the lock
    QWaitCondition m_sinkWaitsDone;
    mutable std::atomic_bool m_notifyArmed = true;
};
