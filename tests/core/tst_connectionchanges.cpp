// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/connectionchanges.h"

#include <QTest>

// The accepts and closes a window's Clients list follows: in order, one notification per
// batch, bounded.
class TestConnectionChanges : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrderAndNotifiesOncePerBatch();
    void takeEmptiesAndRearms();
    void overflowDropsAndAsksForARestart();
};

namespace {
const Endpoint peerA(QHostAddress(QHostAddress::LocalHost), 40001);
const Endpoint peerB(QHostAddress(QHostAddress::LocalHostIPv6), 40002);
} // namespace

void TestConnectionChanges::keepsOrderAndNotifiesOncePerBatch()
{
    ConnectionChanges changes;
    QVERIFY(changes.isEmpty());
    QVERIFY(changes.noteOpened(1, peerA));
    QVERIFY(!changes.noteOpened(2, peerB));
    QVERIFY(!changes.noteClosed(1));
    const ConnectionChanges::Batch batch = changes.take();
    QVERIFY(!batch.restart);
    QCOMPARE(batch.changes.size(), 3);
    QCOMPARE(batch.changes[0].connectionId, 1);
    QVERIFY(batch.changes[0].opened);
    QCOMPARE(batch.changes[0].peer, peerA);
    QCOMPARE(batch.changes[1].connectionId, 2);
    QCOMPARE(batch.changes[1].peer, peerB);
    QCOMPARE(batch.changes[2].connectionId, 1);
    QVERIFY(!batch.changes[2].opened);
}

void TestConnectionChanges::takeEmptiesAndRearms()
{
    ConnectionChanges changes;
    QVERIFY(changes.noteOpened(1, peerA));
    QCOMPARE(changes.take().changes.size(), 1);
    QVERIFY(changes.isEmpty());
    QVERIFY(changes.take().changes.isEmpty());
    // The next change after a take notifies again.
    QVERIFY(changes.noteClosed(1));
    QVERIFY(!changes.noteOpened(2, peerB));
}

void TestConnectionChanges::overflowDropsAndAsksForARestart()
{
    ConnectionChanges changes;
    QVERIFY(changes.noteOpened(1, peerA));
    for (int id = 2; id <= ConnectionChanges::maxHeld; ++id)
        QVERIFY(!changes.noteOpened(id, peerA));
    // One more than the bound: everything held is dropped, and so is what follows until the
    // reader takes; none of it notifies again (the first change already did).
    QVERIFY(!changes.noteClosed(5));
    QVERIFY(!changes.noteOpened(ConnectionChanges::maxHeld + 1, peerB));
    QVERIFY(!changes.isEmpty());
    const ConnectionChanges::Batch batch = changes.take();
    QVERIFY(batch.restart);
    QVERIFY(batch.changes.isEmpty());
    QVERIFY(changes.isEmpty());
    // After the restart, changes are kept one by one again.
    QVERIFY(changes.noteClosed(7));
    const ConnectionChanges::Batch next = changes.take();
    QVERIFY(!next.restart);
    QCOMPARE(next.changes.size(), 1);
}

QTEST_GUILESS_MAIN(TestConnectionChanges)
#include "tst_connectionchanges.moc"
