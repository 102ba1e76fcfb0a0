// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/learndock.h"
#include "learn/lifecyclemodel.h"
#include "learn/lifecycleview.h"
#include "log/trafficlog.h"
#include "net/engine.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "sockettable/sockettable.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "window/mainwindow.h"
#include "panes/clientpane.h"
#include "panes/sessionpane.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Row = LifecycleColumn::Row;
using State = SocketRecord::State;

// The Learn dock of a real window, offscreen, lit by real sessions on 127.0.0.1 (SockLab's own
// on both ends, or a python3 peer), with TCP states from this machine's socket table.
class tst_LifecycleView : public QObject
{
    Q_OBJECT

private slots:
    void hiddenByDefault();
    void bothEndsLightUpInOrderWithRealValues();
    void oneBatchIsOneRepaint();
    void clickingAStepSelectsItsLogRow();
    void clientClosingFirstReachesFinWaitOrTimeWait();
    void pythonClientIsShownAsTheOtherProgram();
    void paneStatusShowsTheFollowedConnectionsState();

private:
    struct Pair
    {
        TcpServerSession *server = nullptr;
        TcpClientSession *client = nullptr;
        quint16 port = 0;
    };
    // An echo server and a client connected to it, through the engine the window shows.
    static Pair connectPair(Engine &engine);
    static void exchange(Pair &pair, const QByteArray &payload);
};

tst_LifecycleView::Pair tst_LifecycleView::connectPair(Engine &engine)
{
    Pair pair;
    pair.server = engine.createTcpServer();
    TcpServerOptions options = pair.server->options();
    options.echo = true;
    pair.server->setOptions(options);
    QSignalSpy listening(pair.server, &TcpServerSession::listening);
    pair.server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    // Not listening.wait(): a session thread may emit before wait() counts what the spy
    // already holds, and Qt 6.4's wait() then sits out its timeout and returns false.
    if (!QTest::qWaitFor([&] { return !listening.isEmpty(); }, 10000))
        return pair;
    pair.port = listening.first().first().value<Endpoint>().port();
    pair.client = engine.createTcpClient();
    QSignalSpy connected(pair.client, &TcpClientSession::connected);
    pair.client->connectToHost(u"127.0.0.1"_s, pair.port);
    if (!QTest::qWaitFor([&] { return !connected.isEmpty(); }, 10000))
        pair.client = nullptr;
    return pair;
}

void tst_LifecycleView::exchange(Pair &pair, const QByteArray &payload)
{
    pair.client->send(payload);
}

void tst_LifecycleView::hiddenByDefault()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.learnDock());
    QVERIFY(!window.learnDock()->isVisible());
    QVERIFY(!window.learnDock()->isFollowing());
}

void tst_LifecycleView::bothEndsLightUpInOrderWithRealValues()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    LearnDock *dock = window.learnDock();
    dock->show();
    QTRY_VERIFY(dock->isFollowing());
    Pair pair = connectPair(engine);
    QVERIFY(pair.client);
    dock->setFocus(pair.client->id());
    exchange(pair, "hello");
    const LifecycleModel &model = dock->model();
    QTRY_COMPARE(model.clientColumn().steps[Row::ServerToClientRow].bytes, 5);

    const LifecycleColumn server = model.serverColumn();
    const LifecycleColumn client = model.clientColumn();
    QVERIFY(server.isSockLab && client.isSockLab);
    QCOMPARE(server.sessionId, pair.server->id());
    QCOMPARE(client.sessionId, pair.client->id());
    const QString listener = u"127.0.0.1:%1"_s.arg(pair.port);
    const QString clientLocal = pair.client->localEndpoint().toString();
    QCOMPARE(server.steps[Row::SocketRow].call, u"socket(AF_INET, SOCK_STREAM)"_s);
    QCOMPARE(server.steps[Row::BindRow].call, u"bind(%1)"_s.arg(listener));
    QVERIFY(server.steps[Row::ListenRow].call.startsWith(u"listen(backlog="_s));
    QCOMPARE(server.steps[Row::OpenRow].call, u"accept() -> %1"_s.arg(clientLocal));
    QCOMPARE(client.steps[Row::OpenRow].call, u"connect(%1)"_s.arg(listener));
    QVERIFY(client.steps[Row::OpenRow].detail.contains(clientLocal));
    QCOMPARE(client.steps[Row::ClientToServerRow].call, u"send()"_s);
    QCOMPARE(client.steps[Row::ClientToServerRow].bytes, 5);
    QCOMPARE(server.steps[Row::ClientToServerRow].call, u"recv()"_s);
    QCOMPARE(server.steps[Row::ClientToServerRow].bytes, 5);
    QCOMPARE(server.steps[Row::ServerToClientRow].bytes, 5);
    QVERIFY(!server.steps[Row::CloseRow].isLit && !client.steps[Row::CloseRow].isLit);

    // In the order the calls happened on each end.
    const auto sequence
        = [](const LifecycleColumn &column, int row) { return column.steps[size_t(row)].sequence; };
    for (int row : {Row::SocketRow, Row::BindRow, Row::ListenRow, Row::OpenRow,
                    Row::ClientToServerRow, Row::ServerToClientRow})
        QVERIFY2(server.steps[size_t(row)].isLit, qPrintable(QString::number(row)));
    QVERIFY(sequence(server, Row::SocketRow) < sequence(server, Row::BindRow));
    QVERIFY(sequence(server, Row::BindRow) < sequence(server, Row::ListenRow));
    QVERIFY(sequence(server, Row::ListenRow) < sequence(client, Row::SocketRow));
    QVERIFY(sequence(client, Row::SocketRow) < sequence(client, Row::OpenRow));
    QVERIFY(sequence(client, Row::OpenRow) < sequence(client, Row::ClientToServerRow));
    QVERIFY(sequence(server, Row::OpenRow) < sequence(server, Row::ClientToServerRow));
    QVERIFY(sequence(server, Row::ClientToServerRow) < sequence(server, Row::ServerToClientRow));
    // (Across the two ends' threads only causes are ordered: a sent row is logged when the
    // kernel took the bytes, which may be after the peer logged their arrival.)

    // Focused on the server, the same pair is shown.
    dock->setFocus(pair.server->id());
    QCOMPARE(model.clientColumn().sessionId, pair.client->id());

    // Closing lights close() on both ends.
    pair.client->disconnectFromHost();
    QTRY_VERIFY(model.serverColumn().steps[Row::CloseRow].isLit
                && model.clientColumn().steps[Row::CloseRow].isLit);
    QVERIFY(sequence(model.clientColumn(), Row::CloseRow)
            < sequence(model.serverColumn(), Row::CloseRow));
    QCOMPARE(model.clientColumn().closeOrder, LifecycleColumn::CloseOrder::ThisEnd);
    QCOMPARE(model.serverColumn().closeOrder, LifecycleColumn::CloseOrder::PeerEnd);
}

void tst_LifecycleView::oneBatchIsOneRepaint()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    LearnDock *dock = window.learnDock();
    dock->show();
    QTRY_VERIFY(dock->isFollowing());
    Pair pair = connectPair(engine);
    QVERIFY(pair.client);
    TrafficLogModel *logModel = window.logModel();
    QTRY_COMPARE(logModel->lastSequence(), engine.log()->lastSequence());
    logModel->setPaused(true);
    const quint64 before = engine.log()->lastSequence();
    for (int i = 0; i < 20; ++i)
        pair.client->send("ping");
    // 20 sends and their echoes (TCP may merge them into fewer events) wait for one pull.
    QTRY_COMPARE(engine.log()->sessionCounters(pair.client->id()).bytesIn, 80u);
    QVERIFY(engine.log()->lastSequence() > before + 4);
    QSignalSpy updated(dock, &LearnDock::updated);
    QSignalSpy inserted(logModel, &QAbstractItemModel::rowsInserted);
    logModel->setPaused(false);
    logModel->fetchNow();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(updated.count(), 1);
    dock->setFocus(pair.client->id());
    const LifecycleColumn client = dock->model().clientColumn();
    QCOMPARE(client.steps[Row::ClientToServerRow].bytes, 80);
    QCOMPARE(client.steps[Row::ServerToClientRow].bytes, 80);
    QCOMPARE(client.steps[Row::ClientToServerRow].calls,
             int(engine.log()->sessionCounters(pair.client->id()).messagesOut));
}

void tst_LifecycleView::clickingAStepSelectsItsLogRow()
{
    Engine engine;
    MainWindow window(&engine);
    window.resize(1400, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LearnDock *dock = window.learnDock();
    dock->show();
    QTRY_VERIFY(dock->isFollowing());
    Pair pair = connectPair(engine);
    QVERIFY(pair.client);
    exchange(pair, "abc");
    dock->setFocus(pair.server->id());
    const LifecycleModel &model = dock->model();
    QTRY_COMPARE(model.clientColumn().steps[Row::ServerToClientRow].bytes, 3);
    window.bottomTabs()->setCurrentIndex(1); // the Connections tab in front
    LifecycleView *view = dock->view();
    QTRY_VERIFY(view->isVisible() && view->height() >= view->minimumSizeHint().height());

    const auto clickAndCheck = [&](LifecycleView::Side side, int row, const QString &start) {
        const LifecycleColumn column
            = side == LifecycleView::Side::Server ? model.serverColumn() : model.clientColumn();
        const quint64 wanted = column.steps[size_t(row)].sequence;
        QTest::mouseClick(view, Qt::LeftButton, {}, view->stepRect(side, row).center());
        QCOMPARE(window.bottomTabs()->currentWidget(), window.logView());
        const QModelIndex current = window.logView()->tableView()->currentIndex();
        QVERIFY(current.isValid());
        const QModelIndex source = window.logView()->filterModel()->mapToSource(current);
        const TrafficEvent &event = window.logModel()->eventAt(source.row());
        QCOMPARE(event.sequence, wanted);
        QVERIFY2(event.message.startsWith(start), qPrintable(event.message));
        QVERIFY(window.logView()->tableView()->selectionModel()->isRowSelected(current.row()));
    };
    clickAndCheck(LifecycleView::Side::Server, Row::BindRow, u"bind("_s);
    clickAndCheck(LifecycleView::Side::Client, Row::OpenRow, u"connect("_s);
    clickAndCheck(LifecycleView::Side::Server, Row::ClientToServerRow, u"recv()"_s);
    // The selected row's session is followed: still the same pair.
    QCOMPARE(model.serverColumn().sessionId, pair.server->id());
    QCOMPARE(model.clientColumn().sessionId, pair.client->id());
}

void tst_LifecycleView::clientClosingFirstReachesFinWaitOrTimeWait()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    Engine engine;
    MainWindow window(&engine);
    window.show();
    LearnDock *dock = window.learnDock();
    dock->show();
    QTRY_VERIFY(dock->isFollowing());
    Pair pair = connectPair(engine);
    QVERIFY(pair.client);
    dock->setFocus(pair.client->id());
    const LifecycleModel &model = dock->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.clientColumn().hasState, 10000);
    QCOMPARE(model.clientColumn().state, State::Established);
    QTRY_VERIFY_WITH_TIMEOUT(model.serverColumn().hasState, 10000);
    QCOMPARE(model.serverColumn().state, State::Established);

    pair.client->disconnectFromHost();
    // The end that closed first keeps the connection: FIN-WAIT-2 until the server's FIN,
    // then TIME-WAIT for a minute, read once a second from the socket table.
    QTRY_VERIFY_WITH_TIMEOUT(model.clientColumn().steps[Row::CloseRow].isLit, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.clientColumn().state == State::FinWait2
                                 || model.clientColumn().state == State::TimeWait,
                             10000);
    QVERIFY(!model.clientColumn().isGone);
    QCOMPARE(model.clientColumn().closeOrder, LifecycleColumn::CloseOrder::ThisEnd);
    QTRY_COMPARE_WITH_TIMEOUT(model.clientColumn().state, State::TimeWait, 10000);
    // The kernel's countdown, at most the 60 s Linux keeps it.
    QTRY_VERIFY_WITH_TIMEOUT(model.clientColumn().timeWaitSecondsLeft > 0, 5000);
    QVERIFY(model.clientColumn().timeWaitSecondsLeft <= 60);
    QVERIFY(model.clientColumn().steps[Row::CloseRow].detail.contains(u"first"_s));
}

void tst_LifecycleView::pythonClientIsShownAsTheOtherProgram()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed.");
    Engine engine;
    MainWindow window(&engine);
    window.show();
    LearnDock *dock = window.learnDock();
    dock->show();
    QTRY_VERIFY(dock->isFollowing());
    TcpServerSession *server = engine.createTcpServer();
    TcpServerOptions options = server->options();
    options.echo = true;
    server->setOptions(options);
    QSignalSpy listening(server, &TcpServerSession::listening);
    server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10000); // see connectPair()
    const quint16 port = listening.first().first().value<Endpoint>().port();

    // The tutorial's client, more or less: connect, send, read the echo, close first.
    QProcess peer;
    peer.start(python,
               {u"-c"_s,
                u"import socket, sys\n"
                "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
                "s.settimeout(10)\n"
                "s.connect(('127.0.0.1', int(sys.argv[1])))\n"
                "s.sendall(b'ping!!')\n"
                "data = b''\n"
                "while len(data) < 6:\n"
                "    data += s.recv(16)\n"
                "print(s.getsockname()[1], flush=True)\n"
                "s.close()\n"_s,
                QString::number(port)});
    QVERIFY(peer.waitForFinished(15000));
    QCOMPARE(peer.exitCode(), 0);
    const QString peerEnd
        = u"127.0.0.1:%1"_s.arg(QString::fromLatin1(peer.readAllStandardOutput()).trimmed());

    dock->setFocus(server->id());
    const LifecycleModel &model = dock->model();
    QTRY_VERIFY(model.serverColumn().steps[Row::CloseRow].isLit);
    const LifecycleColumn shown = model.serverColumn();
    QCOMPARE(shown.steps[Row::OpenRow].call, u"accept() -> %1"_s.arg(peerEnd));
    QCOMPARE(shown.steps[Row::ClientToServerRow].bytes, 6);
    QCOMPARE(shown.steps[Row::ServerToClientRow].bytes, 6);
    const LifecycleColumn other = model.clientColumn();
    QVERIFY(other.isPresent);
    QVERIFY(!other.isSockLab);
    QCOMPARE(other.title, peerEnd);
    QVERIFY(!other.steps[Row::OpenRow].isLit);
}

// Leftover of issue 14: the state the dock reads for the connection it follows is shown in
// that pane's status line too, and taken away when the dock stops reading it.
void tst_LifecycleView::paneStatusShowsTheFollowedConnectionsState()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    TcpServerSession *server = engine.createTcpServer();
    QSignalSpy listening(server, &TcpServerSession::listening);
    server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10000); // see connectPair()
    const quint16 port = listening.first().first().value<Endpoint>().port();
    ClientPane *pane = window.currentClientPane();
    ClientConfig config = pane->config();
    config.port = QString::number(port);
    pane->setConfig(config);
    pane->connectToServer();
    QTRY_VERIFY(pane->isConnected());
    QVERIFY(!pane->statusText().contains(u"TCP: "_s));

    LearnDock *dock = window.learnDock();
    dock->show();
    QTRY_VERIFY(dock->isFollowing());
    window.logModel()->fetchNow();
    dock->setFocus(pane->sessionId());
    QTRY_COMPARE(pane->tcpStateNote(), u"TCP: ESTABLISHED"_s);
    QVERIFY2(pane->statusText().endsWith(u" · TCP: ESTABLISHED"_s),
             qPrintable(pane->statusText()));
    dock->hide();
    QTRY_VERIFY(pane->tcpStateNote().isEmpty());
    QVERIFY(!pane->statusText().contains(u"TCP: "_s));
}

QTEST_MAIN(tst_LifecycleView)
#include "tst_lifecycleview.moc"
