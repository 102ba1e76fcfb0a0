// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/trafficlog.h"
#include "payload/sharedslice.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

namespace {

TrafficEvent received(int session, const QByteArray &payload, int connection = 0)
{
    TrafficEvent event;
    event.sessionId = session;
    event.connectionId = connection;
    event.kind = TrafficEvent::Kind::Received;
    event.payload = payload;
    return event;
}

// A run of the messages whose sizes are given, cut from one block, for session 3 connection 4.
LogEntry runOf(const QList<qint32> &sizes, char fill, const QString &text)
{
    LogEntry run(received(3, {}, 4));
    qint32 end = 0;
    for (qint32 size : sizes) {
        end += size;
        run.ends.append(end);
    }
    for (qsizetype i = 0; i < sizes.size(); ++i)
        run.event.payload += QByteArray(sizes.at(i), char(fill + i));
    run.event.size = end;
    run.event.message = text;
    return run;
}

} // namespace

class TestTrafficLog : public QObject
{
    Q_OBJECT

private slots:
    void sequencesAndCounters();
    void evictsOldestByCountButKeepsCounting();
    void evictsByPayloadBytes();
    void oversizedPayloadKeepsItsSize();
    void eventsAfterPagesAndSkipsEvicted();
    void ringWrapsAndGrowsInOrder();
    void evictedSlotsHoldNoPayload();
    void notificationIsCoalesced();
    void concurrentAppendsAreAllCounted();
    void clearKeepsCounters();
    void closedConnectionsFreeTheirCounters();
    void sinkSeesTheWholePayload();
    void sinkWaitsOutsideTheLockAndNeverOnTheMainThread();
    void batchIsTheSameAsAppendingOneByOne();
    void batchNotifiesAndWaitsOncePerBatch();
    void runJoinsOnlyWhatFollowsInTheSameBlock();
    void runsReadAsTheirMessages_data();
    void runsReadAsTheirMessages();
};

void TestTrafficLog::sequencesAndCounters()
{
    TrafficLog log;
    QCOMPARE(log.append(received(1, "abc")), 1u);
    TrafficEvent sent = received(1, "hello");
    sent.kind = TrafficEvent::Kind::Sent;
    QCOMPARE(log.append(sent), 2u);
    QCOMPARE(log.append(received(2, "x", 7)), 3u);
    TrafficEvent error;
    error.kind = TrafficEvent::Kind::Error;
    error.sessionId = 2;
    log.append(error);

    const auto totals = log.totals();
    QCOMPARE(totals.messagesIn, 2u);
    QCOMPARE(totals.bytesIn, 4u);
    QCOMPARE(totals.messagesOut, 1u);
    QCOMPARE(totals.bytesOut, 5u);
    QCOMPARE(totals.errors, 1u);
    QCOMPARE(log.sessionCounters(1).bytesIn, 3u);
    QCOMPARE(log.sessionCounters(2).errors, 1u);
    QCOMPARE(log.connectionCounters(2, 7).bytesIn, 1u);
    QCOMPARE(log.connectionCounters(2, 8).bytesIn, 0u);

    const auto events = log.eventsAfter(0);
    QCOMPARE(events.size(), 4);
    QVERIFY(events.first().timestampMs > 0);
    QCOMPARE(events.at(1).size, 5);
}

void TestTrafficLog::evictsOldestByCountButKeepsCounting()
{
    TrafficLog log;
    log.setLimits({10, 1 << 20});
    for (int i = 0; i < 25; ++i)
        log.append(received(1, QByteArray::number(i)));
    QCOMPARE(log.heldCount(), 10);
    QCOMPARE(log.evictedCount(), 15u);
    QCOMPARE(log.firstHeldSequence(), 16u);
    QCOMPARE(log.lastSequence(), 25u);
    QCOMPARE(log.totals().messagesIn, 25u);
    QCOMPARE(log.eventsAfter(0).first().payload, QByteArray("15"));
}

void TestTrafficLog::evictsByPayloadBytes()
{
    TrafficLog log;
    log.setLimits({1000, 100});
    for (int i = 0; i < 10; ++i)
        log.append(received(1, QByteArray(30, 'a')));
    QVERIFY(log.heldPayloadBytes() <= 100);
    QCOMPARE(log.heldCount(), 3);
    QCOMPARE(log.totals().bytesIn, 300u);
}

void TestTrafficLog::oversizedPayloadKeepsItsSize()
{
    TrafficLog log;
    log.setLimits({1000, 64});
    log.append(received(1, QByteArray(1000, 'z')));
    const auto events = log.eventsAfter(0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().payload.size(), 64);
    QCOMPARE(events.first().size, 1000);
    QVERIFY(events.first().isPayloadTruncated());
    QCOMPARE(log.totals().bytesIn, 1000u);
}

void TestTrafficLog::eventsAfterPagesAndSkipsEvicted()
{
    TrafficLog log;
    log.setLimits({5, 1 << 20});
    for (int i = 0; i < 8; ++i)
        log.append(received(1, "p"));
    // Sequences 4..8 are held; asking from 1 gives the oldest held onwards.
    auto events = log.eventsAfter(1);
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.first().sequence, 4u);
    events = log.eventsAfter(5, 2);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().sequence, 6u);
    QCOMPARE(events.last().sequence, 7u);
    QVERIFY(log.eventsAfter(8).isEmpty());
}

void TestTrafficLog::ringWrapsAndGrowsInOrder()
{
    // The held events live in a circular buffer of 1,024 slots at first: this wraps it many
    // times, then lets it grow while its oldest event sits mid-buffer, then clears it, and
    // checks every time that the log hands back exactly the newest events, oldest first.
    TrafficLog log;
    log.setLimits({1000, 1 << 30});
    const auto check = [&log](quint64 expectedHeld) {
        const QList<TrafficEvent> held = log.eventsAfter(0);
        QCOMPARE(quint64(held.size()), expectedHeld);
        const quint64 first = log.lastSequence() - expectedHeld + 1;
        for (qsizetype i = 0; i < held.size(); ++i) {
            QCOMPARE(held.at(i).sequence, first + quint64(i));
            QCOMPARE(held.at(i).payload, QByteArray::number(first + quint64(i)));
        }
        QCOMPARE(log.firstHeldSequence(), first);
    };
    const auto appendMany = [&log](int n) {
        for (int i = 0; i < n; ++i)
            log.append(received(1, QByteArray::number(log.lastSequence() + 1)));
    };
    appendMany(5'003);
    check(1000);
    QCOMPARE(log.evictedCount(), 4'003u);
    log.setLimits({6000, 1 << 30});
    appendMany(4'500); // grows past 1,024 and 2,048 slots from a wrapped position
    check(5500);
    QCOMPARE(log.eventsAfter(log.lastSequence() - 10).size(), 10);
    log.setLimits({700, 1 << 30}); // shrinking evicts from the front at once
    check(700);
    appendMany(2'000);
    check(700);
    log.clear();
    QCOMPARE(log.heldCount(), 0);
    appendMany(3);
    check(3);
}

// An evicted event's slot is reused by assignment and keeps its endpoints until then, but
// never its payload or message: those are what the byte budget promises to free.
void TestTrafficLog::evictedSlotsHoldNoPayload()
{
    TrafficLog log;
    log.setLimits({2, 1 << 30});
    QByteArray first(4096, 'x');
    TrafficEvent event = received(1, first);
    event.message = QStringLiteral("first message");
    log.append(std::move(event));
    QVERIFY(!first.isDetached()); // shared with the held event
    log.append(received(1, QByteArray("b")));
    log.append(received(1, QByteArray("c"))); // evicts the first
    QCOMPARE(log.evictedCount(), 1u);
    QVERIFY(first.isDetached()); // nobody else holds its bytes
    // The slot is assigned over as the ring wraps: every held event is exactly the newest.
    for (int i = 0; i < 3000; ++i) {
        TrafficEvent next = received(i % 3, QByteArray::number(i));
        next.peer = Endpoint(QHostAddress(quint32(0x7f000001 + i)), quint16(i));
        log.append(std::move(next));
    }
    const QList<TrafficEvent> held = log.eventsAfter(0);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held.at(0).payload, QByteArray("2998"));
    QCOMPARE(held.at(0).peer.toString(), QStringLiteral("127.0.11.183:2998"));
    QVERIFY(held.at(0).message.isEmpty());
    QCOMPARE(held.at(1).payload, QByteArray("2999"));
    QCOMPARE(held.at(1).sessionId, 2999 % 3);
}

void TestTrafficLog::notificationIsCoalesced()
{
    TrafficLog log;
    QSignalSpy spy(&log, &TrafficLog::eventsAvailable);
    for (int i = 0; i < 100; ++i)
        log.append(received(1, "a"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(log.eventsAfter(0).size(), 100);
    log.append(received(1, "b"));
    QCOMPARE(spy.count(), 2);
}

void TestTrafficLog::concurrentAppendsAreAllCounted()
{
    TrafficLog log;
    log.setLimits({1000, 1 << 20});
    constexpr int threads = 4;
    constexpr int perThread = 20000;
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&log, t] {
            for (int i = 0; i < perThread; ++i)
                log.append(received(t + 1, "xy"));
        });
        workers.last()->start();
    }
    for (QThread *worker : workers) {
        QVERIFY(worker->wait(60000));
        delete worker;
    }
    QCOMPARE(log.lastSequence(), quint64(threads * perThread));
    QCOMPARE(log.totals().messagesIn, quint64(threads * perThread));
    QCOMPARE(log.totals().bytesIn, quint64(threads * perThread * 2));
    for (int t = 1; t <= threads; ++t)
        QCOMPARE(log.sessionCounters(t).messagesIn, quint64(perThread));
    const auto held = log.eventsAfter(0);
    for (qsizetype i = 1; i < held.size(); ++i)
        QCOMPARE(held.at(i).sequence, held.at(i - 1).sequence + 1);
}

void TestTrafficLog::clearKeepsCounters()
{
    TrafficLog log;
    log.append(received(1, "abc"));
    log.clear();
    QCOMPARE(log.heldCount(), 0);
    QCOMPARE(log.totals().bytesIn, 3u);
    QCOMPARE(log.append(received(1, "d")), 2u);
    log.resetCounters();
    QCOMPARE(log.totals().bytesIn, 0u);
}

void TestTrafficLog::closedConnectionsFreeTheirCounters()
{
    // A server that accepted 10,000 connections, all closed: only the totals remain.
    TrafficLog log;
    constexpr int connections = 10'000;
    for (int id = 1; id <= connections; ++id) {
        TrafficEvent accepted;
        accepted.sessionId = 5;
        accepted.connectionId = id;
        accepted.kind = TrafficEvent::Kind::Accepted;
        log.append(accepted);
        log.append(received(5, "abcd", id));
        if (id == connections)
            break; // the last one stays open
        TrafficEvent closed = accepted;
        closed.kind = TrafficEvent::Kind::Closed;
        log.append(closed);
        // What may follow a close (a late error) does not bring the entry back.
        TrafficEvent late = accepted;
        late.kind = TrafficEvent::Kind::Error;
        log.append(late);
    }
    QCOMPARE(log.connectionCountersHeld(), 1);
    QCOMPARE(log.connectionCounters(5, connections).bytesIn, 4u);
    QCOMPARE(log.connectionCounters(5, connections).connections, 1u);
    QCOMPARE(log.connectionCounters(5, 1).bytesIn, 0u);
    QCOMPARE(log.sessionCounters(5).bytesIn, quint64(4 * connections));
    QCOMPARE(log.sessionCounters(5).connections, quint64(connections));
    QCOMPARE(log.sessionCounters(5).errors, quint64(connections - 1));
    QCOMPARE(log.totals().messagesIn, quint64(connections));
}

namespace {

struct RecordingSink : TrafficLog::Sink
{
    void consume(const TrafficEvent &event) override { events.append(event); }
    QList<TrafficEvent> events;
};

// Blocks every appender in waitForRoom() until released, recording which threads waited.
struct GateSink : TrafficLog::Sink
{
    void consume(const TrafficEvent &) override { consumed.fetch_add(1); }
    void waitForRoom() override
    {
        waiting.fetch_add(1);
        QMutexLocker locker(&mutex);
        waiters.append(QThread::currentThread());
        while (!open)
            opened.wait(&mutex);
    }
    void release()
    {
        QMutexLocker locker(&mutex);
        open = true;
        opened.wakeAll();
    }
    std::atomic_int consumed = 0;
    std::atomic_int waiting = 0;
    QMutex mutex;
    QWaitCondition opened;
    bool open = false;
    QList<QThread *> waiters;
};

} // namespace

void TestTrafficLog::sinkSeesTheWholePayload()
{
    // A payload larger than the ring's byte budget: the ring keeps its head, the sink (the log
    // file) gets every byte.
    TrafficLog log;
    log.setLimits({100, 1024});
    RecordingSink sink;
    log.addSink(&sink);
    const QByteArray big(5000, 'z');
    log.append(received(1, big));
    log.removeSink(&sink);
    QCOMPARE(sink.events.size(), 1);
    QCOMPARE(sink.events.first().payload, big);
    QVERIFY(!sink.events.first().isPayloadTruncated());
    QCOMPARE(log.eventsAfter(0).first().payload.size(), 1024);
    QCOMPARE(log.eventsAfter(0).first().size, 5000);
}

void TestTrafficLog::sinkWaitsOutsideTheLockAndNeverOnTheMainThread()
{
    TrafficLog log;
    GateSink gate;
    log.addSink(&gate);
    // The main thread (the window's, the CLI's) never waits.
    log.append(received(1, "main"));
    QCOMPARE(gate.waiting.load(), 0);

    QThread *network = QThread::create([&log] { log.append(received(1, "net")); });
    network->start();
    QTRY_COMPARE(gate.waiting.load(), 1);
    // While the network thread waits for room, readers and counters are not blocked.
    QCOMPARE(log.eventsAfter(0).size(), 2);
    QCOMPARE(log.totals().messagesIn, 2u);
    QVERIFY(!network->isFinished());
    gate.release();
    QVERIFY(network->wait(10000));
    QCOMPARE(gate.waiters.size(), 1);
    QVERIFY(gate.waiters.first() != QThread::currentThread());
    delete network;
    log.removeSink(&gate);
}

namespace {

// A mixed flood: two UDP sessions' sent datagrams, a TCP server connection from accepted to
// closed (with a late error that must not revive its counters), notes and errors.
QList<TrafficEvent> mixedEvents()
{
    QList<TrafficEvent> events;
    qint64 stamp = 1'000;
    const auto add = [&](int session, int connection, TrafficEvent::Kind kind,
                         const QByteArray &payload) {
        TrafficEvent event = received(session, payload, connection);
        event.kind = kind;
        event.timestampMs = ++stamp; // fixed, so both logs hold the very same events
        events.append(event);
    };
    using Kind = TrafficEvent::Kind;
    for (int i = 0; i < 40; ++i)
        add(1, 0, Kind::Sent, QByteArray(1 + i % 7, 'a'));
    add(2, 0, Kind::Info, {});
    for (int i = 0; i < 30; ++i)
        add(i % 3 == 0 ? 2 : 1, 0, Kind::Sent, QByteArray(3, 'b'));
    add(3, 9, Kind::Accepted, {});
    add(3, 9, Kind::Received, "hello");
    add(1, 0, Kind::Error, {});
    add(3, 9, Kind::Sent, "hi");
    add(3, 9, Kind::Closed, {});
    add(3, 9, Kind::Error, {});
    add(3, 10, Kind::Accepted, {});
    add(3, 10, Kind::Received, "open");
    // Two server connections' messages interleaved and in runs (a framed flood), one closing
    // in the middle of the batch with a message after its close.
    add(3, 11, Kind::Accepted, {});
    for (int i = 0; i < 12; ++i)
        add(3, i % 4 == 0 ? 11 : 10, i % 3 == 0 ? Kind::Sent : Kind::Received, "xy");
    add(3, 11, Kind::Closed, {});
    add(3, 11, Kind::Received, "late");
    for (int i = 0; i < 20; ++i)
        add(2, 0, Kind::Received, QByteArray(2, 'c'));
    return events;
}

// The same events, field by field (QCOMPARE: the caller checks QTest::currentTestFailed()).
void compareEvents(const QList<TrafficEvent> &actual, const QList<TrafficEvent> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const TrafficEvent &a = actual.at(i);
        const TrafficEvent &e = expected.at(i);
        QCOMPARE(a.sequence, e.sequence);
        QCOMPARE(a.timestampMs, e.timestampMs);
        QCOMPARE(a.sessionId, e.sessionId);
        QCOMPARE(a.connectionId, e.connectionId);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.payload, e.payload);
        QCOMPARE(a.size, e.size);
        QCOMPARE(a.message, e.message);
        QCOMPARE(a.isPayloadTruncated(), e.isPayloadTruncated());
    }
}

bool sameCounters(const TrafficLog::Counters &a, const TrafficLog::Counters &b)
{
    return a.messagesIn == b.messagesIn && a.messagesOut == b.messagesOut
           && a.bytesIn == b.bytesIn && a.bytesOut == b.bytesOut && a.errors == b.errors
           && a.connections == b.connections;
}

} // namespace

void TestTrafficLog::batchIsTheSameAsAppendingOneByOne()
{
    // A repeat appends its sent events in batches (one lock per turn): the log must end up
    // exactly as if each had been appended alone: same order and sequence numbers, exact
    // counters, the same bound, and the sink (the log file) sees every event in order.
    const QList<TrafficEvent> events = mixedEvents();
    const TrafficLog::Limits limits{25, 1 << 20};
    TrafficLog single;
    single.setLimits(limits);
    RecordingSink singleSink;
    single.addSink(&singleSink);
    single.append(received(7, "first")); // a batch continues the sequence
    for (const TrafficEvent &event : events)
        single.append(event);

    TrafficLog batched;
    batched.setLimits(limits);
    RecordingSink batchedSink;
    batched.addSink(&batchedSink);
    batched.append(received(7, "first"));
    QList<LogEntry> batch;
    quint64 last = 0;
    for (qsizetype i = 0; i < events.size(); i += 16) { // batches of 16, the last shorter
        for (const TrafficEvent &event : events.mid(i, 16))
            batch.append(LogEntry(TrafficEvent(event)));
        const quint64 expected = batched.lastSequence() + quint64(batch.size());
        last = batched.appendBatch(batch);
        QCOMPARE(last, expected);
        QVERIFY(batch.isEmpty());
        QVERIFY(batched.heldCount() <= limits.maxEvents); // the bound holds after each batch
    }
    QCOMPARE(batched.appendBatch(batch), 0u); // empty: nothing happens
    QCOMPARE(last, quint64(events.size() + 1));

    QCOMPARE(batched.lastSequence(), single.lastSequence());
    QCOMPARE(batched.heldCount(), limits.maxEvents);
    QCOMPARE(batched.heldCount(), single.heldCount());
    QCOMPARE(batched.evictedCount(), single.evictedCount());
    QCOMPARE(batched.heldPayloadBytes(), single.heldPayloadBytes());
    QVERIFY(sameCounters(batched.totals(), single.totals()));
    QCOMPARE(batched.totals().messagesOut, 75u); // 40 + 30 + 1 + 4
    for (int session : {1, 2, 3, 7})
        QVERIFY2(sameCounters(batched.sessionCounters(session), single.sessionCounters(session)),
                 qPrintable(QString::number(session)));
    for (const auto &[session, connection] :
         {std::pair{1, 0}, {2, 0}, {3, 9}, {3, 10}, {3, 11}, {7, 0}})
        QVERIFY(sameCounters(batched.connectionCounters(session, connection),
                             single.connectionCounters(session, connection)));
    QCOMPARE(batched.connectionCounters(3, 9).messagesIn, 0u); // closed: freed
    QCOMPARE(batched.connectionCounters(3, 10).bytesIn, 4u + 2 * 6);
    QCOMPARE(batched.connectionCountersHeld(), single.connectionCountersHeld());

    const QList<TrafficEvent> held = batched.eventsAfter(0);
    compareEvents(held, single.eventsAfter(0));
    if (QTest::currentTestFailed())
        return;
    for (qsizetype i = 1; i < held.size(); ++i)
        QCOMPARE(held.at(i).sequence, held.at(i - 1).sequence + 1);
    batched.removeSink(&batchedSink);
    single.removeSink(&singleSink);
    QCOMPARE(batchedSink.events.size(), events.size() + 1);
    for (qsizetype i = 0; i < batchedSink.events.size(); ++i) {
        QCOMPARE(batchedSink.events.at(i).sequence, quint64(i + 1));
        QCOMPARE(batchedSink.events.at(i).payload, singleSink.events.at(i).payload);
        QCOMPARE(batchedSink.events.at(i).kind, singleSink.events.at(i).kind);
    }
}

void TestTrafficLog::batchNotifiesAndWaitsOncePerBatch()
{
    TrafficLog log;
    QSignalSpy spy(&log, &TrafficLog::eventsAvailable);
    GateSink gate;
    gate.release(); // never blocks: counts the waits
    log.addSink(&gate);
    QList<LogEntry> batch;
    for (int i = 0; i < 100; ++i)
        batch.append(LogEntry(received(1, "a")));
    // On another thread (the main thread never waits for a sink), like a session's.
    QThread *appender = QThread::create([&] { log.appendBatch(batch); });
    appender->start();
    QVERIFY(appender->wait(10'000));
    delete appender;
    QCOMPARE(gate.consumed.load(), 100);
    QCOMPARE(gate.waiting.load(), 1);
    QCOMPARE(spy.count(), 1);
    QVERIFY(log.eventsAfter(0).constFirst().timestampMs > 0); // stamped when unset
    log.removeSink(&gate);
}

QTEST_GUILESS_MAIN(TestTrafficLog)
#include "tst_trafficlog.moc"

void TestTrafficLog::runJoinsOnlyWhatFollowsInTheSameBlock()
{
    const QByteArray block("one\ntwo\nthree\n");
    const QString text = QStringLiteral("recv() x1: part of a 14-byte chunk");
    LogEntry entry(received(1, sharedSlice(block, 0, 4), 2));
    entry.event.message = text;
    QVERIFY(!entry.isRun());
    QVERIFY(!entry.joinRun(sharedSlice(block, 8, 6), text, 2)); // not the next bytes
    QVERIFY(!entry.joinRun(sharedSlice(block, 4, 4), text, 9)); // another connection
    const QString equalText(text.constData(), text.size()); // a copy of the characters
    QVERIFY(!entry.joinRun(sharedSlice(block, 4, 4), equalText, 2)); // equal text, not the same
    QVERIFY(!entry.joinRun(QByteArray("two\n"), text, 2)); // another block
    QVERIFY(!entry.isRun());
    QVERIFY(entry.joinRun(sharedSlice(block, 4, 4), text, 2));
    QVERIFY(entry.joinRun(sharedSlice(block, 8, 6), text, 2));
    QCOMPARE(entry.count(), 3);
    QCOMPARE(entry.event.payload, block);
    QCOMPARE(entry.event.size, block.size());
    QCOMPARE(entry.message(1).payload, QByteArray("two\n"));
    QCOMPARE(entry.message(2).payload, QByteArray("three\n"));
    QCOMPARE(entry.message(2).size, 6);
    QCOMPARE(entry.message(2).message, text);
    QCOMPARE(block, QByteArray("one\ntwo\nthree\n")); // the block itself is untouched

    LogEntry sent(received(1, sharedSlice(block, 0, 4), 2));
    sent.event.kind = TrafficEvent::Kind::Sent;
    QVERIFY(!sent.joinRun(sharedSlice(block, 4, 4), QString(), 2)); // only received messages
}

void TestTrafficLog::runsReadAsTheirMessages_data()
{
    QTest::addColumn<qsizetype>("maxEvents");
    QTest::addColumn<qint64>("maxPayloadBytes");
    QTest::newRow("nothing evicted") << qsizetype(1000) << qint64(1 << 20);
    QTest::newRow("event cap inside runs") << qsizetype(7) << qint64(1 << 20);
    QTest::newRow("byte cap inside runs") << qsizetype(1000) << qint64(40);
    QTest::newRow("byte cap smaller than a run") << qsizetype(1000) << qint64(12);
    QTest::newRow("both caps") << qsizetype(3) << qint64(25);
}

// A log given runs is, to every reader, the log given their messages one by one.
void TestTrafficLog::runsReadAsTheirMessages()
{
    QFETCH(qsizetype, maxEvents);
    QFETCH(qint64, maxPayloadBytes);
    const TrafficLog::Limits limits{maxEvents, maxPayloadBytes};
    TrafficLog withRuns;
    TrafficLog oneByOne;
    withRuns.setLimits(limits);
    oneByOne.setLimits(limits);
    RecordingSink runsSink;
    RecordingSink singleSink;
    withRuns.addSink(&runsSink);
    oneByOne.addSink(&singleSink);

    const QString text = QStringLiteral("recv() x1: part of a chunk");
    const QList<QList<qint32>> runs{{1, 2, 3}, {5, 5, 5, 5}, {20, 1}, {4, 4}, {2, 9, 2, 9, 2}};
    char fill = 'a';
    for (qsizetype r = 0; r < runs.size(); ++r) {
        QList<LogEntry> batch;
        TrafficEvent note = received(3, {}, 4);
        note.kind = TrafficEvent::Kind::Info;
        note.message = QStringLiteral("note %1").arg(r);
        note.timestampMs = 1000 + r; // stamped here: the two logs would read the clock apart
        batch.append(LogEntry(TrafficEvent(note)));
        oneByOne.append(note);
        LogEntry run = runOf(runs.at(r), fill, text);
        run.event.timestampMs = 1000 + r;
        fill = char(fill + runs.at(r).size());
        for (qsizetype m = 0; m < run.count(); ++m) {
            TrafficEvent message = run.message(m);
            message.sequence = 0;
            oneByOne.append(message);
        }
        batch.append(run);
        QCOMPARE(withRuns.appendBatch(batch), oneByOne.lastSequence());
        QCOMPARE(withRuns.heldCount(), oneByOne.heldCount());
        QCOMPARE(withRuns.evictedCount(), oneByOne.evictedCount());
        QCOMPARE(withRuns.heldPayloadBytes(), oneByOne.heldPayloadBytes());
        QCOMPARE(withRuns.firstHeldSequence(), oneByOne.firstHeldSequence());
        QVERIFY(withRuns.heldCount() <= maxEvents);
    }
    QVERIFY(sameCounters(withRuns.totals(), oneByOne.totals()));
    QCOMPARE(withRuns.totals().messagesIn, 16u);
    QVERIFY(sameCounters(withRuns.sessionCounters(3), oneByOne.sessionCounters(3)));
    QVERIFY(sameCounters(withRuns.connectionCounters(3, 4), oneByOne.connectionCounters(3, 4)));

    const quint64 last = oneByOne.lastSequence();
    for (quint64 after = 0; after <= last; ++after) {
        for (qsizetype max : {qsizetype(-1), qsizetype(1), qsizetype(3)}) {
            compareEvents(withRuns.eventsAfter(after, max), oneByOne.eventsAfter(after, max));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after %1, max %2").arg(after).arg(max)));
        }
    }
    withRuns.removeSink(&runsSink);
    oneByOne.removeSink(&singleSink);
    QCOMPARE(runsSink.events.size(), singleSink.events.size());
    for (qsizetype i = 0; i < runsSink.events.size(); ++i) {
        QCOMPARE(runsSink.events.at(i).sequence, singleSink.events.at(i).sequence);
        QCOMPARE(runsSink.events.at(i).payload, singleSink.events.at(i).payload);
    }
}
