// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionsview.h"
#include "learn/learndock.h"
#include "learn/tourpanel.h"
#include "net/engine.h"
#include "panes/clientpane.h"
#include "panes/panetabwidget.h"
#include "panes/serverpane.h"
#include "trafficview/trafficlogfiltermodel.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "widgetdriver.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using WidgetDriver::child;
using WidgetDriver::setLine;
using Step = TourProgress::Step;

// The guided tour driven offscreen through every step by real panes on 127.0.0.1 (issue 14,
// item 6): "Show me" fills in the panes, the test presses Start, Connect, Send and Stop as a
// learner would, and each step is ticked only by what then really happens in the log and in
// the Connections table. Ports are the system's free ones (0), never the tutorial's fixed ones.
class tst_TourPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buttonsDoNotTick();
    void wholeTourFromRealSessions();

private:
    static void showMe(TourPanel *tour, Step step);
    static void startOnFreePort(ServerPane *pane);
};

void tst_TourPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TourPanel::showMe(TourPanel *tour, Step step)
{
    QPushButton *button = tour->button(step);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Show me"));
    button->click();
}

void tst_TourPanel::startOnFreePort(ServerPane *pane)
{
    setLine(child<QLineEdit>(pane, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(pane, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(pane->localEndpoint().port() != 0);
}

void tst_TourPanel::buttonsDoNotTick()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    LearnDock *dock = window.learnDock();
    dock->show();
    dock->setCurrentTab(LearnDock::TourTab);
    QTRY_VERIFY(dock->isFollowing());
    TourPanel *tour = dock->tourPanel();
    for (int step = 0; step < TourProgress::StepCount; ++step)
        showMe(tour, Step(step));
    QCoreApplication::processEvents();
    QCOMPARE(tour->progress().doneCount(), 0);
    QVERIFY(!window.currentServerPane()->isRunning());
    // Show me filled in the tutorial's values.
    QCOMPARE(tour->progressText(), QStringLiteral("0 of 7 steps done."));
}

void tst_TourPanel::wholeTourFromRealSessions()
{
    Engine engine;
    MainWindow window(&engine);
    window.resize(1500, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LearnDock *dock = window.learnDock();
    dock->show();
    dock->setCurrentTab(LearnDock::TourTab);
    QTRY_VERIFY(dock->isFollowing());
    TourPanel *tour = dock->tourPanel();
    const TourProgress &progress = tour->progress();
    QSignalSpy ticked(tour, &TourPanel::stepTicked);

    // 1. The TCP server, filled in by Show me as the tutorial has it, on a free port here.
    showMe(tour, TourProgress::StartTcpServer);
    ServerPane *tcpServer = window.currentServerPane();
    QCOMPARE(tcpServer->config().protocol, TrafficEvent::Protocol::Tcp);
    QCOMPARE(tcpServer->config().port, QStringLiteral("60001"));
    QCOMPARE(tcpServer->config().greeting, QStringLiteral("Hello World!"));
    QVERIFY(!progress.isDone(TourProgress::StartTcpServer));
    startOnFreePort(tcpServer);
    const quint16 tcpPort = tcpServer->localEndpoint().port();
    QTRY_VERIFY(progress.isDone(TourProgress::StartTcpServer));
    QCOMPARE(progress.tcpServerPort(), tcpPort);
    QCOMPARE(tour->mark(TourProgress::StartTcpServer)->text(), QStringLiteral("✔"));

    // 2. Five clients: Connect, Disconnect, Connect again; the fifth stays connected.
    showMe(tour, TourProgress::ConnectFiveClients);
    ClientPane *client = window.currentClientPane();
    QCOMPARE(client->config().port, QString::number(tcpPort));
    auto *connectButton = child<QPushButton>(client, "connectButton");
    for (int i = 1; i <= TourProgress::ClientsWanted; ++i) {
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY(client->isConnected());
        QTRY_COMPARE(progress.acceptedCount(), i);
        QVERIFY(tour->instruction(TourProgress::ConnectFiveClients)
                    .contains(QStringLiteral("%1 of 5").arg(i)));
        if (i < TourProgress::ClientsWanted) {
            QVERIFY(!progress.isDone(TourProgress::ConnectFiveClients));
            client->disconnectFromServer();
            QTRY_VERIFY(!client->isRunning());
        }
    }
    QTRY_VERIFY(progress.isDone(TourProgress::ConnectFiveClients));

    // 3. The Connections table, brought forward by Show me: ticked by its own snapshot.
    QVERIFY(!progress.isDone(TourProgress::LookAtConnections));
    showMe(tour, TourProgress::LookAtConnections);
    QCOMPARE(window.bottomTabs()->currentWidget(), window.connectionsView());
    QTRY_VERIFY_WITH_TIMEOUT(progress.isDone(TourProgress::LookAtConnections), 15000);

    // 4. The UDP server, in a new tab: the TCP one is running.
    showMe(tour, TourProgress::StartUdpServer);
    ServerPane *udpServer = window.currentServerPane();
    QVERIFY(udpServer != tcpServer);
    QCOMPARE(udpServer->config().protocol, TrafficEvent::Protocol::Udp);
    QCOMPARE(udpServer->config().port, QStringLiteral("60002"));
    startOnFreePort(udpServer);
    const quint16 udpPort = udpServer->localEndpoint().port();
    QTRY_VERIFY(progress.isDone(TourProgress::StartUdpServer));

    // 5. A datagram from a UDP client tab (the TCP client is still connected: a new tab).
    showMe(tour, TourProgress::SendDatagram);
    ClientPane *udpClient = window.currentClientPane();
    QVERIFY(udpClient != client);
    QCOMPARE(udpClient->config().protocol, TrafficEvent::Protocol::Udp);
    QCOMPARE(udpClient->config().port, QString::number(udpPort));
    QTest::mouseClick(child<QPushButton>(udpClient, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(progress.isDone(TourProgress::SendDatagram));
    QVERIFY(!progress.isDone(TourProgress::UdpSilence));

    // 6. Stop the TCP server, connect again: refused.
    showMe(tour, TourProgress::TcpRefused);
    QCOMPARE(window.serverTabs()->currentWidget(), tcpServer);
    QTest::mouseClick(child<QPushButton>(tcpServer, "startButton"), Qt::LeftButton); // Stop
    QTRY_VERIFY(!tcpServer->isRunning());
    QTRY_VERIFY(!client->isRunning()); // its connection ended with the server
    ClientPane *refusedClient = window.currentClientPane();
    QCOMPARE(refusedClient->config().protocol, TrafficEvent::Protocol::Tcp);
    QCOMPARE(refusedClient->config().port, QString::number(tcpPort));
    QTest::mouseClick(child<QPushButton>(refusedClient, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(progress.isDone(TourProgress::TcpRefused));

    // 7. Stop the UDP server, send again: no error, and the step ticks from that send.
    showMe(tour, TourProgress::UdpSilence);
    QCOMPARE(window.serverTabs()->currentWidget(), udpServer);
    QTest::mouseClick(child<QPushButton>(udpServer, "startButton"), Qt::LeftButton); // Stop
    QTRY_VERIFY(!udpServer->isRunning());
    ClientPane *silentClient = window.currentClientPane();
    QCOMPARE(silentClient->config().protocol, TrafficEvent::Protocol::Udp);
    QCOMPARE(silentClient->config().port, QString::number(udpPort));
    QTest::mouseClick(child<QPushButton>(silentClient, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(progress.isDone(TourProgress::UdpSilence));

    QCOMPARE(progress.current(), TourProgress::StepCount);
    QVERIFY(tour->progressText().startsWith(QStringLiteral("Tour complete")));
    QCOMPARE(ticked.count(), int(TourProgress::StepCount));

    // A ticked step's button selects the row that ticked it.
    QPushButton *rowButton = tour->button(TourProgress::TcpRefused);
    QCOMPARE(rowButton->text(), QStringLiteral("Show its row"));
    rowButton->click();
    QCOMPARE(window.bottomTabs()->currentWidget(), window.logView());
    const QModelIndex current = window.logView()->tableView()->currentIndex();
    QVERIFY(current.isValid());
    const TrafficEvent &row
        = window.logModel()->eventAt(window.logView()->filterModel()->mapToSource(current).row());
    QCOMPARE(row.sequence, progress.tickedBy(TourProgress::TcpRefused));
    QCOMPARE(row.kind, TrafficEvent::Kind::Error);
    // The Connections step was ticked by a snapshot, not a row: it has none to show.
    QVERIFY(!tour->button(TourProgress::LookAtConnections)->isVisible());

    // Start over: nothing is ticked again by the rows already read.
    child<QPushButton>(tour, "tourRestartButton")->click();
    QCOMPARE(progress.doneCount(), 0);
    window.logModel()->fetchNow();
    QCOMPARE(progress.doneCount(), 0);
}

QTEST_MAIN(tst_TourPanel)
#include "tst_tourpanel.moc"
