// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/delayedactions.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// A signal to wait on: each action the queue runs emits ran(tag).
class Recorder : public QObject
{
    Q_OBJECT

public:
    QList<int> order;
    QList<qint64> elapsedMs;
    QElapsedTimer clock;

    Recorder() { clock.start(); }
    DelayedActions::Action note(int tag)
    {
        return [this, tag] {
            order << tag;
            elapsedMs << clock.elapsed();
            emit ran(tag);
        };
    }

signals:
    void ran(int tag);
};

class TestDelayedActions : public QObject
{
    Q_OBJECT

private slots:
    void runsInDueOrderNotSchedulingOrder();
    void equalDelaysKeepTheirOrder();
    void waitsAtLeastTheDelay();
    void dropForgetsOneKeyOnly();
    void refusesBeyondTheCountBound();
    void refusesBeyondTheByteBound();
    void anActionMayScheduleAnother();
};

void TestDelayedActions::runsInDueOrderNotSchedulingOrder()
{
    DelayedActions queue;
    Recorder recorder;
    QSignalSpy spy(&recorder, &Recorder::ran);
    QVERIFY(queue.schedule(1, 120, 0, recorder.note(3)));
    QVERIFY(queue.schedule(1, 20, 0, recorder.note(1)));
    QVERIFY(queue.schedule(2, 60, 0, recorder.note(2)));
    QCOMPARE(queue.pendingCount(), 3);
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(recorder.order, (QList<int> {1, 2, 3}));
    QCOMPARE(queue.pendingCount(), 0);
}

void TestDelayedActions::equalDelaysKeepTheirOrder()
{
    DelayedActions queue;
    Recorder recorder;
    QSignalSpy spy(&recorder, &Recorder::ran);
    for (int i = 0; i < 50; ++i)
        QVERIFY(queue.schedule(i % 3, 0, 0, recorder.note(i)));
    QTRY_COMPARE(spy.count(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(recorder.order.at(i), i);
}

void TestDelayedActions::waitsAtLeastTheDelay()
{
    DelayedActions queue;
    Recorder recorder;
    QSignalSpy spy(&recorder, &Recorder::ran);
    QElapsedTimer since;
    since.start();
    QVERIFY(queue.schedule(7, 150, 0, recorder.note(1)));
    QVERIFY(spy.wait(5000));
    // A lower bound only: a busy machine may run it late, never early.
    QVERIFY2(since.elapsed() >= 150, qPrintable(QString::number(since.elapsed())));
}

void TestDelayedActions::dropForgetsOneKeyOnly()
{
    DelayedActions queue;
    Recorder recorder;
    QSignalSpy spy(&recorder, &Recorder::ran);
    QVERIFY(queue.schedule(1, 30, 10, recorder.note(1)));
    QVERIFY(queue.schedule(2, 30, 20, recorder.note(2)));
    QVERIFY(queue.schedule(1, 40, 30, recorder.note(3)));
    QVERIFY(queue.schedule(2, 80, 40, recorder.note(4)));
    QCOMPARE(queue.pendingCount(1), 2);
    QCOMPARE(queue.pendingBytes(), 100);
    QCOMPARE(queue.drop(1), 2);
    QCOMPARE(queue.pendingCount(1), 0);
    QCOMPARE(queue.pendingBytes(), 60);
    QCOMPARE(queue.drop(1), 0);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(recorder.order, (QList<int> {2, 4}));
    QCOMPARE(queue.pendingBytes(), 0);
    // Nothing of key 1 comes late.
    QVERIFY(queue.schedule(9, 60, 0, recorder.note(9)));
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(recorder.order, (QList<int> {2, 4, 9}));
}

void TestDelayedActions::refusesBeyondTheCountBound()
{
    DelayedActions queue(nullptr, 5);
    Recorder recorder;
    QSignalSpy spy(&recorder, &Recorder::ran);
    for (int i = 0; i < 5; ++i)
        QVERIFY(queue.schedule(1, 20, 0, recorder.note(i)));
    QVERIFY(!queue.schedule(1, 20, 0, recorder.note(99)));
    QCOMPARE(queue.pendingCount(), 5);
    QTRY_COMPARE(spy.count(), 5);
    QVERIFY(!recorder.order.contains(99));
    // Room again once they ran.
    QVERIFY(queue.schedule(1, 0, 0, recorder.note(6)));
    QTRY_COMPARE(spy.count(), 6);
    QCOMPARE(queue.clear(), 0);
}

void TestDelayedActions::refusesBeyondTheByteBound()
{
    DelayedActions queue(nullptr, 100, 1000);
    Recorder recorder;
    QVERIFY(queue.schedule(1, 1000, 600, recorder.note(1)));
    QVERIFY(!queue.schedule(1, 1000, 401, recorder.note(2)));
    QVERIFY(queue.schedule(1, 1000, 400, recorder.note(3)));
    QCOMPARE(queue.pendingBytes(), 1000);
    QCOMPARE(queue.clear(), 2);
    QCOMPARE(queue.pendingBytes(), 0);
    QVERIFY(queue.schedule(1, 1000, 1000, recorder.note(4)));
}

void TestDelayedActions::anActionMayScheduleAnother()
{
    DelayedActions queue;
    Recorder recorder;
    QSignalSpy spy(&recorder, &Recorder::ran);
    QVERIFY(queue.schedule(1, 10, 0, [&] {
        recorder.note(1)();
        QVERIFY(queue.schedule(1, 0, 0, recorder.note(2)));
        queue.drop(5);
    }));
    QVERIFY(queue.schedule(5, 500, 0, recorder.note(5)));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(recorder.order, (QList<int> {1, 2}));
    QCOMPARE(queue.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestDelayedActions)
#include "tst_delayedactions.moc"
