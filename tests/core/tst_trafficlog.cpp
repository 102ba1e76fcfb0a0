#include "trafficlog.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

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

QTEST_GUILESS_MAIN(TestTrafficLog)
#include "tst_trafficlog.moc"
