// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/outgoingqueue.h"

#include <QTest>

// The queue turns bytesWritten(n) into sent messages: never more than was written.
class TestOutgoingQueue : public QObject
{
    Q_OBJECT

private slots:
    void messageIsSentOnlyWhenItsLastByteWasWritten();
    void oneWriteCompletesSeveralMessages();
    void leftoverNamesWrittenPartAndUnsentBytes();
    void writtenBeyondTheQueueIsNotCounted();
    void longRunsKeepTheirOrder();
};

void TestOutgoingQueue::messageIsSentOnlyWhenItsLastByteWasWritten()
{
    OutgoingQueue queue;
    queue.enqueue("hello");
    QCOMPARE(queue.pendingBytes(), 5);
    QVERIFY(queue.written(4).isEmpty());
    QCOMPARE(queue.pendingBytes(), 1);
    QCOMPARE(queue.written(1), QList<QByteArray>{"hello"});
    QVERIFY(queue.isEmpty());
}

void TestOutgoingQueue::oneWriteCompletesSeveralMessages()
{
    OutgoingQueue queue;
    queue.enqueue("ab");
    queue.enqueue(QByteArray()); // TCP has no empty messages: ignored
    queue.enqueue("cd");
    queue.enqueue("ef");
    QCOMPARE(queue.pendingMessages(), 3);
    const QList<QByteArray> expected{"ab", "cd"};
    QCOMPARE(queue.written(5), expected);
    QCOMPARE(queue.pendingBytes(), 1);
}

void TestOutgoingQueue::leftoverNamesWrittenPartAndUnsentBytes()
{
    OutgoingQueue queue;
    queue.enqueue("0123456789");
    queue.enqueue("abc");
    queue.written(4);
    const OutgoingQueue::Leftover leftover = queue.clear();
    QCOMPARE(leftover.writtenPart, QByteArray("0123"));
    QCOMPARE(leftover.unsentBytes, 9);
    QCOMPARE(leftover.unsentMessages, 2);
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.pendingBytes(), 0);
}

void TestOutgoingQueue::writtenBeyondTheQueueIsNotCounted()
{
    OutgoingQueue queue;
    queue.enqueue("xy");
    QCOMPARE(queue.written(100), QList<QByteArray>{"xy"});
    QCOMPARE(queue.pendingBytes(), 0);
    QVERIFY(queue.written(10).isEmpty());
    QCOMPARE(queue.clear().unsentBytes, 0);
}

void TestOutgoingQueue::longRunsKeepTheirOrder()
{
    // Messages leave from the front while new ones join at the back, thousands of times (the
    // list reuses the room its front leaves): order and counts stay exact.
    OutgoingQueue queue;
    int next = 0;
    int expected = 0;
    for (int round = 0; round < 2000; ++round) {
        for (int i = 0; i < 3; ++i)
            queue.enqueue(QByteArray::number(next++).rightJustified(6, '0'));
        const QList<QByteArray> done = queue.written(round % 2 == 0 ? 9 : 15);
        for (const QByteArray &message : done)
            QCOMPARE(message, QByteArray::number(expected++).rightJustified(6, '0'));
    }
    QCOMPARE(queue.pendingBytes(), qint64(next - expected) * 6);
    while (!queue.isEmpty()) {
        for (const QByteArray &message : queue.written(6))
            QCOMPARE(message, QByteArray::number(expected++).rightJustified(6, '0'));
    }
    QCOMPARE(expected, next);
}

QTEST_GUILESS_MAIN(TestOutgoingQueue)
#include "tst_outgoingqueue.moc"
