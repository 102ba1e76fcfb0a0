// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/learndock.h"
#include "learn/messagelayersview.h"
#include "log/trafficlog.h"
#include "net/engine.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "window/mainwindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The Layers tab of a real window, offscreen, filled for rows of real loopback sessions
// selected in the traffic log (issue 14, item 5).
class tst_MessageLayersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tcpRowsOfARealConnection();
    void udpRowsOfARealDatagram();
    void otherRowsShowTheHint();

private:
    // The log row of the first event matching, selected as a user would.
    static const TrafficEvent *select(MainWindow &window,
                                      const std::function<bool(const TrafficEvent &)> &wanted);
    static QString cell(MessageLayersView *view, int row, int column);
    static void showLayers(MainWindow &window);
    // A UDP server on 127.0.0.1, port 0, once bound; nullptr if it did not bind.
    static UdpSession *bindUdpServer(Engine &engine);
};

void tst_MessageLayersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

const TrafficEvent *
tst_MessageLayersView::select(MainWindow &window,
                              const std::function<bool(const TrafficEvent &)> &wanted)
{
    TrafficLogModel *model = window.logModel();
    model->fetchNow();
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &event = model->eventAt(row);
        if (!wanted(event))
            continue;
        QTableView *table = window.logView()->tableView();
        const QModelIndex shown
            = window.logView()->filterModel()->mapFromSource(model->index(row, 0));
        table->selectionModel()->setCurrentIndex(
            shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return &event;
    }
    return nullptr;
}

QString tst_MessageLayersView::cell(MessageLayersView *view, int row, int column)
{
    const QTableWidgetItem *item = view->table()->item(row, column);
    return item ? item->text() : QString();
}

UdpSession *tst_MessageLayersView::bindUdpServer(Engine &engine)
{
    UdpSession *server = engine.createUdp();
    QSignalSpy bound(server, &UdpSession::bound);
    server->bind(QHostAddress(QHostAddress::LocalHost), 0);
    // Not bound.wait(): the session thread may emit before wait() counts what it already
    // holds, and Qt 6.4's wait() then sits out its whole timeout and returns false (a busy
    // machine made this test fail so). Waiting for the count has no such gap.
    return QTest::qWaitFor([&] { return !bound.isEmpty(); }, 10000) ? server : nullptr;
}

void tst_MessageLayersView::showLayers(MainWindow &window)
{
    window.resize(1400, 1000);
    window.show();
    LearnDock *dock = window.learnDock();
    dock->show();
    dock->setCurrentTab(LearnDock::LayersTab);
    QTRY_VERIFY(dock->isFollowing());
}

void tst_MessageLayersView::tcpRowsOfARealConnection()
{
    Engine engine;
    MainWindow window(&engine);
    showLayers(window);
    MessageLayersView *view = window.learnDock()->layersView();

    TcpServerSession *server = engine.createTcpServer();
    TcpServerOptions options = server->options();
    options.echo = true;
    server->setOptions(options);
    QSignalSpy listening(server, &TcpServerSession::listening);
    server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10000); // see bindUdpServer()
    const quint16 port = listening.first().first().value<Endpoint>().port();
    TcpClientSession *client = engine.createTcpClient();
    QSignalSpy connected(client, &TcpClientSession::connected);
    client->connectToHost(u"127.0.0.1"_s, port);
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 10000);
    client->send("Hello World!");
    QTRY_COMPARE(engine.log()->sessionCounters(client->id()).bytesIn, 12u);

    // The server's received row: from the client's port to the server's.
    const quint16 clientPort = client->localEndpoint().port();
    const TrafficEvent *received = select(window, [&](const TrafficEvent &e) {
        return e.sessionId == server->id() && e.kind == TrafficEvent::Kind::Received;
    });
    QVERIFY(received);
    QTRY_VERIFY(view->event().has_value());
    QCOMPARE(view->event()->sequence, received->sequence);
    QVERIFY2(view->caption().startsWith(
                 u"Received 12 byte(s) from 127.0.0.1:%1 over TCP"_s.arg(clientPort)),
             qPrintable(view->caption()));
    QCOMPARE(cell(view, 0, 0), u"Application"_s);
    QVERIFY(cell(view, 0, 2).contains(u"\"Hello World!\""_s));
    QVERIFY(cell(view, 0, 2).contains(u"48 65 6c 6c 6f"_s));
    QVERIFY(cell(view, 0, 2).contains(u"byte stream"_s));
    QCOMPARE(cell(view, 1, 1), u"TCP"_s);
    QVERIFY(cell(view, 1, 2)
                .contains(u"Source port %1 → destination port %2"_s.arg(clientPort).arg(port)));
    QVERIFY(cell(view, 1, 3).startsWith(u"20 to 60 bytes"_s));
    QCOMPARE(cell(view, 2, 1), u"IPv4"_s);
    QVERIFY(cell(view, 2, 2).startsWith(u"From 127.0.0.1 to 127.0.0.1"_s));
    QVERIFY(cell(view, 2, 3).startsWith(u"20 bytes"_s));
    QCOMPARE(cell(view, 3, 0), u"Link"_s);
    // Loopback's interface, named from the machine's own table once it is read.
    QTRY_VERIFY(cell(view, 3, 2).contains(u"MTU"_s));
    QCOMPARE(cell(view, 3, 1), u"lo"_s);

    // The client's sent row: its own port is the source.
    select(window, [&](const TrafficEvent &e) {
        return e.sessionId == client->id() && e.kind == TrafficEvent::Kind::Sent;
    });
    QTRY_VERIFY(view->caption().startsWith(u"Sent 12 byte(s) to 127.0.0.1:%1"_s.arg(port)));
    QVERIFY(cell(view, 1, 2)
                .contains(u"Source port %1 → destination port %2"_s.arg(clientPort).arg(port)));
    QVERIFY(cell(view, 0, 2).contains(u"send()"_s));
}

void tst_MessageLayersView::udpRowsOfARealDatagram()
{
    Engine engine;
    MainWindow window(&engine);
    showLayers(window);
    MessageLayersView *view = window.learnDock()->layersView();

    UdpSession *server = bindUdpServer(engine);
    QVERIFY(server);
    const quint16 port = server->localEndpoint().port();
    UdpSession *client = engine.createUdp(TrafficEvent::Role::Client);
    client->sendTo(u"127.0.0.1"_s, port, "Hello Server!");
    QTRY_COMPARE(engine.log()->sessionCounters(server->id()).bytesIn, 13u);

    const TrafficEvent *received = select(window, [&](const TrafficEvent &e) {
        return e.sessionId == server->id() && e.kind == TrafficEvent::Kind::Received;
    });
    QVERIFY(received);
    QTRY_COMPARE(view->event()->sequence, received->sequence);
    QCOMPARE(cell(view, 1, 1), u"UDP"_s);
    QVERIFY(cell(view, 1, 2).contains(u"destination port %1"_s.arg(port)));
    QVERIFY(cell(view, 1, 3).startsWith(u"8 bytes exactly"_s));
    QVERIFY(cell(view, 1, 3).contains(u"says 21"_s));
    QVERIFY(cell(view, 0, 2).contains(u"one datagram"_s));
    QVERIFY(cell(view, 2, 3).contains(u"41 byte(s)"_s));
    QTRY_COMPARE(cell(view, 3, 1), u"lo"_s);
}

void tst_MessageLayersView::otherRowsShowTheHint()
{
    Engine engine;
    MainWindow window(&engine);
    showLayers(window);
    MessageLayersView *view = window.learnDock()->layersView();
    UdpSession *server = bindUdpServer(engine);
    QVERIFY(server);
    QVERIFY(select(window,
                   [](const TrafficEvent &e) { return e.kind == TrafficEvent::Kind::Listening; }));
    QVERIFY(!view->event().has_value());
    QVERIFY(view->caption().startsWith(u"Select a sent or received row"_s));
    QCOMPARE(cell(view, 1, 1), QString());

    // Hidden behind another tab, a selection does not fill the table; showing the tab does.
    window.learnDock()->setCurrentTab(LearnDock::LifecycleTab);
    UdpSession *client = engine.createUdp(TrafficEvent::Role::Client);
    client->sendTo(u"127.0.0.1"_s, server->localEndpoint().port(), "x");
    QTRY_COMPARE(engine.log()->sessionCounters(server->id()).bytesIn, 1u);
    QVERIFY(select(window,
                   [](const TrafficEvent &e) { return e.kind == TrafficEvent::Kind::Received; }));
    QVERIFY(!view->event().has_value());
    window.learnDock()->setCurrentTab(LearnDock::LayersTab);
    QVERIFY(view->event().has_value());
    QCOMPARE(cell(view, 1, 1), u"UDP"_s);
}

QTEST_MAIN(tst_MessageLayersView)
#include "tst_messagelayersview.moc"
