#include "log/trafficlog.h"

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
    void notificationIsCoalesced();
    void concurrentAppendsAreAllCounted();
    void clearKeepsCounters();
    void closedConnectionsFreeTheirCounters();
    void sinkSeesTheWholePayload();
    void sinkWaitsOutsideTheLockAndNeverOnTheMainThread();
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

QTEST_GUILESS_MAIN(TestTrafficLog)
#include "tst_trafficlog.moc"
