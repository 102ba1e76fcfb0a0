// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP server pane's Connections list: batches of connections arrive and leave, and the
// tree stays sorted the way its header says (ids as numbers, peers as text) with every
// connection once.
#include "panes/serverconnectionslist.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class tst_ServerConnectionsList : public QObject
{
    Q_OBJECT

private slots:
    void keepsIdOrderAcrossBatches();
    void sortsByPeerWhenAsked();
    void burstsAreDrawnLessOften();

private:
    static Endpoint peer(quint16 port)
    {
        return Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), port);
    }
    static QStringList column(const QTreeWidget &tree, int index)
    {
        QStringList texts;
        for (int row = 0; row < tree.topLevelItemCount(); ++row)
            texts.append(tree.topLevelItem(row)->text(index));
        return texts;
    }
};

void tst_ServerConnectionsList::keepsIdOrderAcrossBatches()
{
    QTreeWidget tree;
    tree.setColumnCount(2);
    tree.setSortingEnabled(true);
    ServerConnectionsList list(&tree);
    QSignalSpy flushed(&list, &ServerConnectionsList::flushed);
    // Ids past 9 and 99: a text sort would put 10 before 9.
    for (int id : {9, 2, 100, 10})
        list.add(id, peer(static_cast<quint16>(50000 + id)));
    QVERIFY(flushed.wait());
    for (int id = 11; id < 1200; ++id)
        list.add(id, peer(static_cast<quint16>(40000 + id)));
    list.remove(100);
    QVERIFY(flushed.wait());
    QTRY_COMPARE(list.count(), 1192);
    QList<int> expected {2, 9, 10};
    for (int id = 11; id < 1200; ++id)
        expected.append(id);
    QCOMPARE(list.allIds(), expected);
    const QStringList ids = column(tree, 1);
    QStringList expectedTexts;
    for (int id : expected)
        expectedTexts.append(QString::number(id));
    QCOMPARE(ids, expectedTexts);
}

void tst_ServerConnectionsList::sortsByPeerWhenAsked()
{
    QTreeWidget tree;
    tree.setColumnCount(2);
    tree.setSortingEnabled(true);
    ServerConnectionsList list(&tree);
    QSignalSpy flushed(&list, &ServerConnectionsList::flushed);
    list.add(1, peer(40003));
    list.add(2, peer(40001));
    list.add(3, peer(40002));
    QVERIFY(flushed.wait());
    tree.sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(column(tree, 0),
             (QStringList {QStringLiteral("127.0.0.1:40001"), QStringLiteral("127.0.0.1:40002"),
                           QStringLiteral("127.0.0.1:40003")}));
    tree.sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(column(tree, 1),
             (QStringList {QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
}

void tst_ServerConnectionsList::burstsAreDrawnLessOften()
{
    QTreeWidget tree;
    tree.setColumnCount(2);
    ServerConnectionsList list(&tree);
    QSignalSpy flushed(&list, &ServerConnectionsList::flushed);
    QCOMPARE(list.flushInterval(), ServerConnectionsList::FlushMs);
    for (int id = 1; id <= ServerConnectionsList::BurstRows; ++id)
        list.add(id, peer(static_cast<quint16>(40000 + id)));
    QVERIFY(flushed.wait());
    QCOMPARE(list.count(), ServerConnectionsList::BurstRows);
    QCOMPARE(list.flushInterval(), ServerConnectionsList::BurstFlushMs);
    // A small batch after the burst: back to the short interval, and every row is exact.
    list.remove(1);
    list.add(ServerConnectionsList::BurstRows + 1, peer(1));
    QVERIFY(flushed.wait());
    QCOMPARE(list.count(), ServerConnectionsList::BurstRows);
    QCOMPARE(list.flushInterval(), ServerConnectionsList::FlushMs);
    QCOMPARE(list.allIds().first(), 2);
    QCOMPARE(list.allIds().last(), ServerConnectionsList::BurstRows + 1);
}

QTEST_MAIN(tst_ServerConnectionsList)
#include "tst_serverconnectionslist.moc"
