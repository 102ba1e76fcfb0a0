// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionfiltermodel.h"
#include "connections/connectiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = ConnectionTableModel::RowStatus;

namespace {

SocketRecord makeRecord(quint16 localPort, SocketRecord::State state, quint64 inode,
                        quint16 remotePort = 0,
                        SocketRecord::Protocol protocol = SocketRecord::Protocol::Tcp)
{
    SocketRecord record;
    record.protocol = protocol;
    record.local = Endpoint(QHostAddress::LocalHost, localPort);
    record.remote = Endpoint(remotePort ? QHostAddress(QHostAddress::LocalHost)
                                        : QHostAddress(QHostAddress::AnyIPv4),
                             remotePort);
    record.state = state;
    record.inode = inode;
    return record;
}

QList<SocketRecord> threeSockets()
{
    using S = SocketRecord::State;
    return {makeRecord(60001, S::Listen, 11), makeRecord(60001, S::Established, 12, 50000),
            makeRecord(50000, S::Established, 13, 60001)};
}

// Counts every signal a model can send about its structure and contents.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    int structural() const
    {
        return int(inserted.count() + removed.count() + moved.count() + layout.count()
                   + reset.count());
    }
    QSignalSpy inserted, removed, moved, layout, reset, changed;
};

} // namespace

// The keyed diff: refreshes without changes say nothing, one new socket is one insert, a
// closed socket stays highlighted and then goes in one removal, only changed rows change.
class tst_ConnectionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void unchangedRefreshEmitsNothing();
    void firstSnapshotIsNotHighlighted();
    void oneNewSocketIsOneInsert();
    void closedSocketStaysHighlightedThenGoes();
    void onlyChangedRowsChange();
    void closedSocketThatComesBackIsKept();
    void filters();
    void sortsOnRawValuesAndKeepsOrderAcrossRefreshes();
    void exportTextMarksOwnRows();
    void thousandsAtOnceAreOneReset();
};

void tst_ConnectionTableModel::unchangedRefreshEmitsNothing()
{
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(threeSockets(), 0);
    QCOMPARE(model.rowCount(), 3);
    ModelSignals spy(&model);
    model.applySnapshot(threeSockets(), 500);
    model.applySnapshot(threeSockets(), 10000);
    QCOMPARE(spy.structural(), 0);
    QCOMPARE(spy.changed.count(), 0);
}

void tst_ConnectionTableModel::firstSnapshotIsNotHighlighted()
{
    ConnectionTableModel model;
    model.applySnapshot(threeSockets(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowStatus(row), Status::Normal);
}

void tst_ConnectionTableModel::oneNewSocketIsOneInsert()
{
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHighlightMs(2000);
    model.applySnapshot(threeSockets(), 0);
    ModelSignals spy(&model);
    QList<SocketRecord> four = threeSockets();
    four.insert(1,
                makeRecord(60002, SocketRecord::State::Close, 14, 0, SocketRecord::Protocol::Udp));
    model.applySnapshot(four, 1000);
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.first().at(1).toInt(), 3); // appended: existing rows keep their place
    QCOMPARE(spy.inserted.first().at(2).toInt(), 3);
    QCOMPARE(spy.structural(), 1);
    QCOMPARE(spy.changed.count(), 0);
    QCOMPARE(model.rowStatus(3), Status::New);
    QCOMPARE(model.record(3).stateName(), u"UNCONN"_s);
    QVERIFY(model.index(3, 0).data(Qt::BackgroundRole).isValid());

    // The highlight ends at the first refresh after its time: one dataChanged for that row.
    model.applySnapshot(four, 2500);
    QCOMPARE(model.rowStatus(3), Status::New);
    model.applySnapshot(four, 3000);
    QCOMPARE(model.rowStatus(3), Status::Normal);
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(spy.changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(spy.structural(), 1);
}

void tst_ConnectionTableModel::closedSocketStaysHighlightedThenGoes()
{
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHighlightMs(2000);
    model.applySnapshot(threeSockets(), 0);
    ModelSignals spy(&model);
    QList<SocketRecord> two = threeSockets();
    two.removeAt(1);
    model.applySnapshot(two, 1000);
    QCOMPARE(spy.structural(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowStatus(1), Status::Closed);
    QCOMPARE(spy.changed.count(), 1);

    model.applySnapshot(two, 2999);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(spy.removed.count(), 0);
    model.applySnapshot(two, 3000);
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.first().at(1).toInt(), 1);
    QCOMPARE(spy.removed.first().at(2).toInt(), 1);
    QCOMPARE(spy.structural(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(two.at(1).key()), 1);
    QCOMPARE(model.rowOf(threeSockets().at(1).key()), -1);
}

void tst_ConnectionTableModel::onlyChangedRowsChange()
{
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(threeSockets(), 0);
    ModelSignals spy(&model);
    QList<SocketRecord> changed = threeSockets();
    changed[2].state = SocketRecord::State::FinWait2;
    changed[2].recvQ = 7;
    model.applySnapshot(changed, 100);
    QCOMPARE(spy.structural(), 0);
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(spy.changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(spy.changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, ConnectionTableModel::StateColumn).data().toString(), u"FIN-WAIT-2"_s);
    QCOMPARE(model.index(2, ConnectionTableModel::RecvQColumn).data().toString(), u"7"_s);
}

void tst_ConnectionTableModel::closedSocketThatComesBackIsKept()
{
    ConnectionTableModel model;
    model.applySnapshot(threeSockets(), 0);
    QList<SocketRecord> two = threeSockets();
    two.removeAt(0);
    model.applySnapshot(two, 100);
    QCOMPARE(model.rowStatus(0), Status::Closed);
    ModelSignals spy(&model);
    model.applySnapshot(threeSockets(), 200);
    QCOMPARE(spy.structural(), 0);
    QCOMPARE(model.rowStatus(0), Status::Normal);
    QCOMPARE(model.rowCount(), 3);
}

void tst_ConnectionTableModel::filters()
{
    using S = SocketRecord::State;
    ConnectionTableModel model;
    ConnectionFilterModel filter;
    filter.setConnectionModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SocketRecord> records = threeSockets();
    SocketRecord udp = makeRecord(60002, S::Close, 20, 0, SocketRecord::Protocol::Udp);
    udp.pid = 4242;
    udp.process = u"python3"_s;
    records << udp;
    records[0].isOwn = true;
    records[0].pid = 99;
    records[0].process = u"socklab"_s;
    model.applySnapshot(records, 0);
    QCOMPARE(filter.rowCount(), 4);

    filter.setProtocol(SocketRecord::Protocol::Udp);
    QCOMPARE(filter.rowCount(), 1);
    filter.setProtocol(SocketRecord::Protocol::Tcp);
    QCOMPARE(filter.rowCount(), 3);
    filter.setProtocol(std::nullopt);

    filter.setListeningOnly(true); // the TCP listener and the unconnected UDP socket
    QCOMPARE(filter.rowCount(), 2);
    filter.setListeningOnly(false);

    filter.setStateName(u"ESTABLISHED"_s);
    QCOMPARE(filter.rowCount(), 2);
    filter.setStateName({});

    filter.setOwnOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, ConnectionTableModel::ProcessColumn).data().toString(),
             u"99/socklab"_s);
    filter.setOwnOnly(false);

    filter.setText(u"PYTHON"_s); // program, case-insensitive
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"4242"_s); // pid
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"50000"_s); // port, local or foreign
    QCOMPARE(filter.rowCount(), 2);
    filter.setText(u"127.0.0.1:60001"_s);
    QCOMPARE(filter.rowCount(), 3);
    filter.setText(u"nothing like it"_s);
    QCOMPARE(filter.rowCount(), 0);
    filter.setText({});
    QCOMPARE(filter.rowCount(), 4);
}

void tst_ConnectionTableModel::sortsOnRawValuesAndKeepsOrderAcrossRefreshes()
{
    using S = SocketRecord::State;
    ConnectionTableModel model;
    ConnectionFilterModel filter;
    filter.setConnectionModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    SocketRecord ten = makeRecord(80, S::Listen, 1);
    ten.local = Endpoint(QHostAddress(u"127.0.0.10"_s), 80);
    SocketRecord two = makeRecord(80, S::Listen, 2);
    two.local = Endpoint(QHostAddress(u"127.0.0.2"_s), 80);
    SocketRecord nine = makeRecord(9, S::Listen, 3);
    model.applySnapshot({ten, two, nine}, 0);
    filter.sort(ConnectionTableModel::LocalColumn, Qt::AscendingOrder);
    // By address bytes, then port: text order would put 127.0.0.10 before 127.0.0.2.
    const auto localAt = [&filter](int row) {
        return filter.index(row, ConnectionTableModel::LocalColumn).data().toString();
    };
    QCOMPARE(localAt(0), u"127.0.0.1:9"_s);
    QCOMPARE(localAt(1), u"127.0.0.2:80"_s);
    QCOMPARE(localAt(2), u"127.0.0.10:80"_s);

    // A new socket lands in its sorted place; the others keep their order.
    SocketRecord five = makeRecord(80, S::Listen, 4);
    five.local = Endpoint(QHostAddress(u"127.0.0.5"_s), 80);
    model.applySnapshot({ten, two, nine, five}, 100);
    QCOMPARE(localAt(0), u"127.0.0.1:9"_s);
    QCOMPARE(localAt(1), u"127.0.0.2:80"_s);
    QCOMPARE(localAt(2), u"127.0.0.5:80"_s);
    QCOMPARE(localAt(3), u"127.0.0.10:80"_s);

    filter.sort(ConnectionTableModel::RecvQColumn, Qt::DescendingOrder);
    two.recvQ = 1000;
    model.applySnapshot({ten, two, nine, five}, 200);
    QCOMPARE(localAt(0), u"127.0.0.2:80"_s); // 1000 sorts above 9 as a number

    nine.isOwn = true;
    model.applySnapshot({ten, two, nine, five}, 300);
    filter.sort(ConnectionTableModel::OwnColumn, Qt::DescendingOrder);
    QCOMPARE(localAt(0), u"127.0.0.1:9"_s); // own rows first
}

void tst_ConnectionTableModel::exportTextMarksOwnRows()
{
    ConnectionTableModel model;
    QList<SocketRecord> records = threeSockets();
    records[1].isOwn = true;
    records[1].pid = 77;
    records[1].process = u"socklab"_s;
    model.applySnapshot(records, 0);
    QCOMPARE(model.exportText(1, ConnectionTableModel::OwnColumn), u"own"_s);
    QCOMPARE(model.exportText(0, ConnectionTableModel::OwnColumn), QString());
    QCOMPARE(model.exportText(0, ConnectionTableModel::ForeignColumn), u"0.0.0.0:*"_s);
    QCOMPARE(model.exportText(1, ConnectionTableModel::ProcessColumn), u"77/socklab"_s);
    QCOMPARE(model.index(1, ConnectionTableModel::OwnColumn).data().toString(), u"\u25cf"_s);
    QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

void tst_ConnectionTableModel::thousandsAtOnceAreOneReset()
{
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHighlightMs(100);
    model.applySnapshot(threeSockets(), 0);
    QList<SocketRecord> many = threeSockets();
    for (int i = 0; i < 5000; ++i)
        many << makeRecord(quint16(20000 + i), SocketRecord::State::Established, quint64(1000 + i),
                           60001);
    ModelSignals spy(&model);
    model.applySnapshot(many, 10);
    // A benchmark opening 5,000 sockets: one reset, not 5,000 scattered inserts in the view.
    QCOMPARE(spy.reset.count(), 1);
    QCOMPARE(spy.inserted.count(), 0);
    QCOMPARE(model.rowCount(), 5003);
    QCOMPARE(model.rowStatus(0), Status::Normal);
    QCOMPARE(model.rowStatus(5002), Status::New);
    QCOMPARE(model.rowOf(many.last().key()), 5002);

    // And closing them: marked closed, then one reset removes them all.
    model.applySnapshot(threeSockets(), 20);
    QCOMPARE(model.rowCount(), 5003);
    QCOMPARE(model.rowStatus(4000), Status::Closed);
    model.applySnapshot(threeSockets(), 200);
    QCOMPARE(spy.reset.count(), 2);
    QCOMPARE(spy.removed.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(threeSockets().at(2).key()), 2);
}

QTEST_MAIN(tst_ConnectionTableModel)
#include "tst_connectiontablemodel.moc"
