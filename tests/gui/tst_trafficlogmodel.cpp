// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficview/eventformatter.h"
#include "log/trafficlog.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

class tst_TrafficLogModel : public QObject
{
    Q_OBJECT

private slots:
    void oneTickIsOneInsert_data();
    void oneTickIsOneInsert();
    void batchLimitSpreadsOverTicks();
    void evictsOldestBlockAtCap();
    void batchLargerThanCapKeepsNewest();
    void formatsCells();
    void rawRoleSortsNumerically();
    void errorAndInfoRowsAreTinted();
    void pauseStopsGrowth();
    void clearForgetsRows();
    void timerPullsOnItsOwn();
    void filterMatchesPeerAndPayload();

private:
    static TrafficEvent dataEvent(TrafficEvent::Kind kind, const QByteArray &payload,
                                  int sessionId = 1);
};

TrafficEvent tst_TrafficLogModel::dataEvent(TrafficEvent::Kind kind, const QByteArray &payload,
                                            int sessionId)
{
    TrafficEvent event;
    event.sessionId = sessionId;
    event.protocol = TrafficEvent::Protocol::Tcp;
    event.kind = kind;
    event.local = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    event.peer = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 53422);
    event.payload = payload;
    event.size = payload.size();
    return event;
}

void tst_TrafficLogModel::oneTickIsOneInsert_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1") << 1;
    QTest::newRow("100") << 100;
    QTest::newRow("5000") << 5000;
}

void tst_TrafficLogModel::oneTickIsOneInsert()
{
    QFETCH(int, count);
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000); // the test drives the ticks
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    for (int i = 0; i < count; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray::number(i)));
    model.fetchNow();

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), count - 1);
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.lastSequence(), log.lastSequence());

    // Nothing new: no signal at all.
    model.fetchNow();
    QCOMPARE(inserted.size(), 1);

    // The next batch lands after the first, again in one insert.
    for (int i = 0; i < count; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Sent, QByteArrayLiteral("x")));
    model.fetchNow();
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), count);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2 * count - 1);
}

void tst_TrafficLogModel::batchLimitSpreadsOverTicks()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    model.setMaxBatch(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 100; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, "a"));
    model.fetchNow();
    QCOMPARE(model.rowCount(), 40);
    model.fetchNow();
    model.fetchNow();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.size(), 3);
}

void tst_TrafficLogModel::evictsOldestBlockAtCap()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    model.setMaxRows(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    for (int i = 0; i < 100; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray::number(i)));
    model.fetchNow();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(removed.size(), 0);

    for (int i = 0; i < 5; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray::number(100 + i)));
    model.fetchNow();
    // Over the cap by 5: one block of a tenth of the cap (10 rows) goes, oldest first.
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 9);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 95);
    QCOMPARE(model.evictedRows(), quint64(10));
    QCOMPARE(model.eventAt(0).payload, QByteArray("10"));
    QCOMPARE(model.eventAt(94).payload, QByteArray("104"));
    // The core log still holds and counts everything.
    QCOMPARE(log.heldCount(), 105);
    QCOMPARE(log.totals().messagesIn, quint64(105));
}

void tst_TrafficLogModel::batchLargerThanCapKeepsNewest()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    model.setMaxRows(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 20; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, "old"));
    model.fetchNow();
    for (int i = 0; i < 80; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray::number(i)));
    model.fetchNow();
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.eventAt(0).payload, QByteArray("30"));
    QCOMPARE(model.eventAt(49).payload, QByteArray("79"));
}

void tst_TrafficLogModel::formatsCells()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);

    const QDateTime when(QDate(2024, 5, 6), QTime(13, 4, 5, 678));
    TrafficEvent event = dataEvent(TrafficEvent::Kind::Received, "Hello World!\r\n", 7);
    event.timestampMs = when.toMSecsSinceEpoch();
    // A peer as an IPv4-mapped IPv6 address must read as plain IPv4.
    event.peer = Endpoint(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 53422);
    log.append(event);
    TrafficEvent v6 = dataEvent(TrafficEvent::Kind::Sent, QByteArray(1000, 'a'), 99);
    v6.local = Endpoint(QHostAddress(QStringLiteral("::1")), 60001);
    log.append(v6);
    TrafficEvent info;
    info.kind = TrafficEvent::Kind::Info;
    info.sessionId = 7;
    info.message = QStringLiteral("listen(backlog=1024)");
    log.append(info);
    model.fetchNow();
    QCOMPARE(model.rowCount(), 3);

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(0, TrafficLogModel::TimeColumn).toString(), QStringLiteral("13:04:05.678"));
    QCOMPARE(cell(0, TrafficLogModel::SessionColumn).toString(), QStringLiteral("tcp-server#7"));
    QCOMPARE(cell(0, TrafficLogModel::EventColumn).toString(), QStringLiteral("received"));
    QCOMPARE(cell(0, TrafficLogModel::LocalColumn).toString(), QStringLiteral("127.0.0.1:60001"));
    QCOMPARE(cell(0, TrafficLogModel::PeerColumn).toString(), QStringLiteral("127.0.0.1:53422"));
    QCOMPARE(cell(0, TrafficLogModel::BytesColumn).toLongLong(), 14);
    QCOMPARE(cell(0, TrafficLogModel::TextColumn).toString(), QStringLiteral("Hello World!\\r\\n"));
    QCOMPARE(cell(0, TrafficLogModel::HexColumn).toString(),
             QStringLiteral("48 65 6c 6c 6f 20 57 6f 72 6c 64 21 0d 0a"));
    const QString tip = cell(0, TrafficLogModel::TextColumn, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("00000000")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("48 65 6c 6c")));

    // The details panel's dump: eight bytes a line with offsets and printable ASCII.
    const QStringList dump = EventFormatter::compactHexDump("Hello World!\r\n").split(u'\n');
    QCOMPARE(dump.size(), 2);
    QCOMPARE(dump.at(0), QStringLiteral("0000  48 65 6c 6c 6f 20 57 6f  Hello Wo"));
    QCOMPARE(dump.at(1), QStringLiteral("0008  72 6c 64 21 0d 0a        rld!.."));

    // Unnamed session, IPv6 endpoint in brackets, long payload capped in both columns.
    QCOMPARE(cell(1, TrafficLogModel::SessionColumn).toString(), QStringLiteral("tcp-server#99"));
    QCOMPARE(cell(1, TrafficLogModel::LocalColumn).toString(), QStringLiteral("[::1]:60001"));
    QCOMPARE(cell(1, TrafficLogModel::EventColumn).toString(), QStringLiteral("sent"));
    QVERIFY(cell(1, TrafficLogModel::TextColumn).toString().size()
            <= TrafficLogModel::TextColumnChars + 1);
    QVERIFY(cell(1, TrafficLogModel::TextColumn).toString().endsWith(QChar(0x2026)));
    QVERIFY(cell(1, TrafficLogModel::HexColumn).toString().size() < 3 * 64 + 4);
    QVERIFY(cell(1, TrafficLogModel::TextColumn, Qt::ToolTipRole).toString().size() < 10'000);

    // Info rows show their message and no byte count.
    QCOMPARE(cell(2, TrafficLogModel::TextColumn).toString(),
             QStringLiteral("listen(backlog=1024)"));
    QVERIFY(!cell(2, TrafficLogModel::BytesColumn).isValid());
    QVERIFY(cell(2, TrafficLogModel::LocalColumn).toString().isEmpty());
}

void tst_TrafficLogModel::rawRoleSortsNumerically()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray(100, 'x')));
    log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray(9, 'x')));
    log.append(dataEvent(TrafficEvent::Kind::Received, QByteArray(20, 'x')));
    model.fetchNow();
    QCOMPARE(model.data(model.index(0, TrafficLogModel::BytesColumn), TrafficLogModel::RawRole)
                 .toLongLong(),
             100);

    TrafficLogFilterModel proxy;
    proxy.setLogModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(TrafficLogModel::BytesColumn, Qt::AscendingOrder);
    const auto bytesAt = [&proxy](int row) {
        return proxy.index(row, TrafficLogModel::BytesColumn).data().toLongLong();
    };
    QCOMPARE(bytesAt(0), 9);
    QCOMPARE(bytesAt(1), 20);
    QCOMPARE(bytesAt(2), 100);
    proxy.sort(TrafficLogModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(bytesAt(0), 20);
    QCOMPARE(bytesAt(2), 100);
}

void tst_TrafficLogModel::errorAndInfoRowsAreTinted()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    TrafficEvent error;
    error.kind = TrafficEvent::Kind::Error;
    error.message = QStringLiteral("Port 60001 is already in use.");
    log.append(error);
    TrafficEvent info;
    info.kind = TrafficEvent::Kind::Info;
    log.append(info);
    log.append(dataEvent(TrafficEvent::Kind::Received, "x"));
    model.fetchNow();
    const auto color = [&model](int row, int role) {
        return model.data(model.index(row, TrafficLogModel::EventColumn), role);
    };
    QVERIFY(color(0, Qt::BackgroundRole).isValid());
    QVERIFY(color(0, Qt::ForegroundRole).value<QBrush>().color().red() > 100);
    QVERIFY(!color(1, Qt::BackgroundRole).isValid());
    QVERIFY(color(1, Qt::ForegroundRole).isValid());
    QVERIFY(!color(2, Qt::ForegroundRole).isValid());
}

void tst_TrafficLogModel::pauseStopsGrowth()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy paused(&model, &TrafficLogModel::pausedChanged);
    log.append(dataEvent(TrafficEvent::Kind::Received, "before"));
    model.fetchNow();
    QCOMPARE(model.rowCount(), 1);

    model.setPaused(true);
    QCOMPARE(paused.size(), 1);
    for (int i = 0; i < 10; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, "during"));
    model.fetchNow();
    QCOMPARE(model.rowCount(), 1);
    // The core keeps counting while the view is paused.
    QCOMPARE(log.totals().messagesIn, quint64(11));

    model.setPaused(false);
    model.fetchNow();
    QCOMPARE(model.rowCount(), 11);
}

void tst_TrafficLogModel::clearForgetsRows()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, "x"));
    model.fetchNow();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.fetchNow();
    QCOMPARE(model.rowCount(), 0);
    log.append(dataEvent(TrafficEvent::Kind::Received, "after"));
    model.fetchNow();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.eventAt(0).payload, QByteArray("after"));
    QCOMPARE(log.totals().messagesIn, quint64(6));
}

void tst_TrafficLogModel::timerPullsOnItsOwn()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i)
        log.append(dataEvent(TrafficEvent::Kind::Received, "x"));
    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.size(), 1);
}

void tst_TrafficLogModel::filterMatchesPeerAndPayload()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    TrafficLogFilterModel proxy;
    proxy.setLogModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrafficEvent other = dataEvent(TrafficEvent::Kind::Received, "ping");
    other.peer = Endpoint(QHostAddress(QStringLiteral("10.0.0.7")), 4000);
    log.append(other);
    log.append(dataEvent(TrafficEvent::Kind::Received, "Hello World!"));
    TrafficEvent error;
    error.kind = TrafficEvent::Kind::Error;
    error.message = QStringLiteral("Connection refused by 127.0.0.1:9.");
    log.append(error);
    model.fetchNow();
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setFilterText(QStringLiteral("10.0.0.7"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("hello world"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("REFUSED"));
    QCOMPARE(proxy.rowCount(), 1);
    // New rows are filtered as they arrive.
    log.append(dataEvent(TrafficEvent::Kind::Received, "refused again"));
    model.fetchNow();
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);

    // One session's conversation, without narration.
    TrafficEvent info = dataEvent(TrafficEvent::Kind::Info, {}, 2);
    log.append(info);
    log.append(dataEvent(TrafficEvent::Kind::Sent, "mine", 2));
    model.fetchNow();
    proxy.setSessionFilter(2);
    proxy.setInfoHidden(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, TrafficLogModel::TextColumn).data().toString(), QStringLiteral("mine"));
    proxy.setSessionFilter(-1);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(tst_TrafficLogModel)
#include "tst_trafficlogmodel.moc"
