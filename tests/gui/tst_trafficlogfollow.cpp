// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic log while it follows a stream: the slower refresh of a stream, the rows it still
// shows every one of, the view at the last row, the "N rows" label catching up, and the
// delegate's cached text drawn where the style draws it.
#include "log/trafficlog.h"
#include "trafficview/trafficlogdelegate.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"

#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

class tst_TrafficLogFollow : public QObject
{
    Q_OBJECT

private slots:
    void streamRefreshesAtTheSlowerPace();
    void floodIsShownInShortSteps();
    void viewFollowsEveryRowOfAStream();
    void viewStaysWhereTheUserScrolled();
    void delegateDrawsTextWhereTheStyleDoes_data();
    void delegateDrawsTextWhereTheStyleDoes();
    void delegateCacheIsBounded();

private:
    static TrafficEvent received(int i);
    // The bounding box of the pixels that differ from the background in image.
    static QRect inkBox(const QImage &image);
};

TrafficEvent tst_TrafficLogFollow::received(int i)
{
    TrafficEvent event;
    event.sessionId = 1;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.kind = TrafficEvent::Kind::Received;
    event.local = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    event.peer = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 40000);
    event.payload = "datagram " + QByteArray::number(i);
    event.size = event.payload.size();
    return event;
}

QRect tst_TrafficLogFollow::inkBox(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

void tst_TrafficLogFollow::streamRefreshesAtTheSlowerPace()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::DefaultIntervalMs);
    // A lone event: the next pull still comes at the quick pace.
    log.append(received(0));
    model.fetchNow();
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::DefaultIntervalMs);
    // Rows in the next pull too: a stream.
    log.append(received(1));
    model.fetchNow();
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::StreamIntervalMs);
    log.append(received(2));
    model.fetchNow();
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::StreamIntervalMs);
    // The stream stops: back to the quick pace for the next lone event.
    model.fetchNow();
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::DefaultIntervalMs);
    QCOMPARE(model.rowCount(), 3);
    // A longer quiet interval set by the caller is kept under a stream too.
    model.setInterval(1000);
    log.append(received(3));
    model.fetchNow();
    log.append(received(4));
    model.fetchNow();
    QCOMPARE(model.currentIntervalMs(), 1000);
}

void tst_TrafficLogFollow::floodIsShownInShortSteps()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int flood = 2 * TrafficLogModel::DefaultMaxBatch + 123;
    for (int i = 0; i < flood; ++i)
        log.append(received(i));
    // Each pull inserts at most a batch and, while rows are left, comes back soon.
    model.fetchNow();
    QCOMPARE(model.rowCount(), TrafficLogModel::DefaultMaxBatch);
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::CatchUpIntervalMs);
    model.fetchNow();
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::CatchUpIntervalMs);
    model.fetchNow(); // the last 123: caught up, still a stream
    QCOMPARE(model.currentIntervalMs(), TrafficLogModel::StreamIntervalMs);
    QCOMPARE(model.rowCount(), flood);
    QCOMPARE(inserted.size(), 3);
    // Every event has its row, in order.
    for (int row = 0; row < flood; ++row)
        QCOMPARE(model.eventAt(row).payload, "datagram " + QByteArray::number(row));
}

void tst_TrafficLogFollow::viewFollowsEveryRowOfAStream()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000); // the test drives the pulls
    TrafficLogView view(&model);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.tableView();
    auto *rowsLabel = view.findChild<QLabel *>(QStringLiteral("rowsLabel"));
    QVERIFY(rowsLabel);
    QSignalSpy inserted(view.filterModel(), &QAbstractItemModel::rowsInserted);

    int sent = 0;
    for (int pull = 0; pull < 20; ++pull) {
        for (int i = 0; i < 37; ++i)
            log.append(received(sent++));
        model.fetchNow();
        QCoreApplication::processEvents(); // the view lays itself out as it would between ticks
        QCOMPARE(view.filterModel()->rowCount(), sent);
        QScrollBar *bar = table->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        // The last row is the one at the bottom of the viewport.
        const int bottomRow = table->rowAt(table->viewport()->height() - 2);
        QCOMPARE(bottomRow, sent - 1);
    }
    QCOMPARE(inserted.size(), 20); // one insert per pull
    // Every datagram has its row, in order.
    for (int row = 0; row < sent; ++row) {
        QCOMPARE(view.filterModel()->index(row, TrafficLogModel::TextColumn).data().toString(),
                 QStringLiteral("datagram %1").arg(row));
    }
    // The label follows at its own pace but catches up.
    QTRY_COMPARE(rowsLabel->text(), QStringLiteral("740 rows"));
}

void tst_TrafficLogFollow::viewStaysWhereTheUserScrolled()
{
    TrafficLog log;
    TrafficLogModel model(&log);
    model.setInterval(3'600'000);
    TrafficLogView view(&model);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 200; ++i)
        log.append(received(i));
    model.fetchNow();
    QCoreApplication::processEvents();
    QScrollBar *bar = view.tableView()->verticalScrollBar();
    bar->setValue(10);
    for (int i = 0; i < 50; ++i)
        log.append(received(200 + i));
    model.fetchNow();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 10);
    QCOMPARE(view.filterModel()->rowCount(), 250);
}

void tst_TrafficLogFollow::delegateDrawsTextWhereTheStyleDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::newRow("short") << QStringLiteral("received") << int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("right") << QStringLiteral("1400") << int(Qt::AlignRight | Qt::AlignVCenter);
    QTest::newRow("elided") << QStringLiteral("a long payload text ").repeated(20)
                            << int(Qt::AlignLeft | Qt::AlignVCenter);
}

void tst_TrafficLogFollow::delegateDrawsTextWhereTheStyleDoes()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    model.setData(model.index(0, 0), alignment, Qt::TextAlignmentRole);
    QTableView table;
    table.setModel(&model);
    table.setWordWrap(false);
    table.resize(400, 100);
    const auto render = [&](QStyledItemDelegate *delegate) {
        QImage image(240, 24, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&table);
        option.rect = image.rect();
        option.font = table.font();
        option.fontMetrics = table.fontMetrics();
        option.state |= QStyle::State_Enabled | QStyle::State_Active;
        option.textElideMode = Qt::ElideRight;
        option.widget = &table;
        delegate->paint(&painter, option, model.index(0, 0));
        painter.end();
        return image;
    };
    QStyledItemDelegate styled;
    TrafficLogDelegate cached;
    const QRect expected = inkBox(render(&styled));
    const QRect actual = inkBox(render(&cached));
    QVERIFY(!expected.isEmpty());
    // The same glyphs at the same place, give or take a pixel of rounding.
    QVERIFY2(qAbs(actual.left() - expected.left()) <= 1
                 && qAbs(actual.right() - expected.right()) <= 1
                 && qAbs(actual.top() - expected.top()) <= 1
                 && qAbs(actual.bottom() - expected.bottom()) <= 1,
             qPrintable(QStringLiteral("style %1,%2 %3x%4, delegate %5,%6 %7x%8")
                            .arg(expected.x())
                            .arg(expected.y())
                            .arg(expected.width())
                            .arg(expected.height())
                            .arg(actual.x())
                            .arg(actual.y())
                            .arg(actual.width())
                            .arg(actual.height())));
    // Painted again: from the cache.
    render(&cached);
    QCOMPARE(cached.cachedTextCount(), 1);
}

void tst_TrafficLogFollow::delegateCacheIsBounded()
{
    QStandardItemModel model(1, 1);
    TrafficLogDelegate delegate;
    QImage image(100, 20, QImage::Format_RGB32);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    for (qsizetype i = 0; i < TrafficLogDelegate::MaxCachedTexts + 10; ++i) {
        model.setData(model.index(0, 0), QString::number(i));
        delegate.paint(&painter, option, model.index(0, 0));
        QVERIFY(delegate.cachedTextCount() <= TrafficLogDelegate::MaxCachedTexts);
    }
}

QTEST_MAIN(tst_TrafficLogFollow)
#include "tst_trafficlogfollow.moc"
