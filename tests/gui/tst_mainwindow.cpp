// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/clientpane.h"
#include "net/engine.h"
#include "panes/examplepresets.h"
#include "trafficview/logfilecontroller.h"
#include "window/mainwindow.h"
#include "panes/panetabwidget.h"
#include "panes/serverpane.h"
#include "log/trafficlog.h"
#include "log/trafficeventjson.h"
#include "log/trafficlogfilewriter.h"
#include "trafficview/trafficlogmodel.h"
#include "trafficview/trafficlogview.h"
#include "window/palettecolors.h"
#include "window/windowsettings.h"
#include "widgetdriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTcpServer>
#include <QUdpSocket>

using WidgetDriver::child;
using WidgetDriver::setLine;
using WidgetDriver::typePayload;

// Drives the real widgets of a fresh window, offscreen, against real loopback sockets.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithOneServerAndOneClient();
    void tcpServerAndClientExchange();
    void udpServerAndClientExchange();
    void pausedViewStillReceivesAndLogsToFile();
    void invalidPortShowsErrorAndStartsNothing_data();
    void invalidPortShowsErrorAndStartsNothing();
    void clientRejectsBadInput();
    void protocolSwitchFollowsDefaultPort();
    void examplePresetsFillFields();
    void presetOnRunningTabOpensNewTab();
    void closingRunningTabRemovesSession();
    void settingsRoundTrip();
    void fixedErrorClearsOnSuccess();
    void reusedTabStartsWithFreshStatus();
    void corruptSettingsFallBackToDefaults();

private:
    static bool logHas(const TrafficLogModel *model, int sessionId, TrafficEvent::Kind kind,
                       const QByteArray &payload = {})
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const TrafficEvent &event = model->eventAt(row);
            if (event.sessionId == sessionId && event.kind == kind
                && (payload.isNull() || event.payload == payload))
                return true;
        }
        return false;
    }
    static QAction *examplesAction(MainWindow &window, const QString &fileName);
};

void tst_MainWindow::initTestCase()
{
    // Settings go to a private test location, never the user's own file.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindow::init()
{
    QSettings settings(WindowSettings::organizationName(), WindowSettings::applicationName());
    QFile::remove(settings.fileName());
}

QAction *tst_MainWindow::examplesAction(MainWindow &window, const QString &fileName)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus) {
        if (!menu->menu())
            continue;
        const QList<QAction *> actions = menu->menu()->actions();
        for (QAction *action : actions) {
            if (action->text().startsWith(fileName))
                return action;
        }
    }
    return nullptr;
}

void tst_MainWindow::opensWithOneServerAndOneClient()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    QCOMPARE(window.serverTabs()->count(), 1);
    QCOMPARE(window.clientTabs()->count(), 1);
    QVERIFY(window.currentServerPane());
    QVERIFY(window.currentClientPane());
    QCOMPARE(window.serverTabs()->tabText(0), QStringLiteral("TCP 127.0.0.1:60001"));
    QVERIFY(engine.sessions().isEmpty());
}

void tst_MainWindow::tcpServerAndClientExchange()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();

    child<QComboBox>(server, "addressCombo")->setCurrentText(QStringLiteral("127.0.0.1"));
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    const quint16 port = server->localEndpoint().port();
    QTRY_VERIFY(window.serverTabs()->tabText(0).contains(QString::number(port)));
    QVERIFY(window.serverTabs()->tabText(0).contains(QChar(0x25CF)));
    QVERIFY(server->statusText().contains(QString::number(port)));
    QVERIFY(!child<QLineEdit>(server, "portEdit")->isEnabled());

    child<QComboBox>(client, "hostCombo")->setCurrentText(QStringLiteral("127.0.0.1"));
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(port));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    auto *connections = child<QTreeWidget>(server, "connectionsTree");
    QTRY_COMPARE(connections->topLevelItemCount(), 1);
    QCOMPARE(connections->topLevelItem(0)->text(0), client->localEndpoint().toString());

    typePayload(client, QStringLiteral("ping\\r\\n"));
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
    TrafficLogModel *model = window.logModel();
    QTRY_VERIFY(logHas(model, server->sessionId(), TrafficEvent::Kind::Accepted));
    QTRY_VERIFY(logHas(model, server->sessionId(), TrafficEvent::Kind::Received, "ping\r\n"));
    QVERIFY(logHas(model, client->sessionId(), TrafficEvent::Kind::Sent, "ping\r\n"));

    // One name per session, the same in the tab, the log, JSON lines and the CLI
    // ("tcp-server#3"); before, the log said "TCP server 1" and no tab said that.
    const QString serverName = QStringLiteral("tcp-server#%1").arg(server->sessionId());
    const QString clientName = QStringLiteral("tcp-client#%1").arg(client->sessionId());
    QVERIFY2(window.serverTabs()->tabText(0).startsWith(serverName + u' '),
             qPrintable(window.serverTabs()->tabText(0)));
    QVERIFY2(window.clientTabs()->tabText(0).startsWith(clientName + u' '),
             qPrintable(window.clientTabs()->tabText(0)));
    int named = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &event = model->eventAt(row);
        const QString cell = model->index(row, TrafficLogModel::SessionColumn).data().toString();
        if (event.sessionId == server->sessionId() || event.sessionId == client->sessionId()) {
            QCOMPARE(cell, event.sessionId == server->sessionId() ? serverName : clientName);
            const QJsonObject json
                = QJsonDocument::fromJson(TrafficEventJson::line(event, cell)).object();
            QCOMPARE(json.value(u"session").toString(), cell);
            ++named;
        }
    }
    QVERIFY(named > 0);

    // And back: the server answers the selected connection.
    connections->topLevelItem(0)->setSelected(true);
    typePayload(server, QStringLiteral("pong"));
    auto *sendSelected = child<QPushButton>(server, "sendSelectedButton");
    QVERIFY(sendSelected->isEnabled());
    QTest::mouseClick(sendSelected, Qt::LeftButton);
    QTRY_VERIFY(logHas(model, client->sessionId(), TrafficEvent::Kind::Received, "pong"));

    // The client's Conversation list shows its own rows only, without the narration.
    const QAbstractItemModel *conversation = child<QTableView>(client, "conversationView")->model();
    QTRY_VERIFY(conversation->rowCount() >= 3); // connected, sent, received
    for (int row = 0; row < conversation->rowCount(); ++row) {
        QCOMPARE(conversation->index(row, TrafficLogModel::SessionColumn).data().toString(),
                 clientName);
        QVERIFY(conversation->index(row, TrafficLogModel::EventColumn).data().toString()
                != QStringLiteral("info"));
    }

    // Disconnecting from the client side empties the server's list.
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE(connections->topLevelItemCount(), 0);
    QTRY_VERIFY(!client->isRunning());

    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!server->isRunning());
    QTRY_VERIFY(child<QLineEdit>(server, "portEdit")->isEnabled());
}

void tst_MainWindow::udpServerAndClientExchange()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();

    child<QComboBox>(server, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    const quint16 port = server->localEndpoint().port();
    QVERIFY(window.serverTabs()->tabText(0).startsWith(
        QStringLiteral("udp-server#%1 ").arg(server->sessionId())));

    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    QVERIFY(!child<QPushButton>(client, "connectButton")->isVisibleTo(client));
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(port));
    typePayload(client, QStringLiteral("Hello Server!"));
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);

    TrafficLogModel *model = window.logModel();
    QTRY_VERIFY(logHas(model, server->sessionId(), TrafficEvent::Kind::Received, "Hello Server!"));
    QVERIFY(logHas(model, client->sessionId(), TrafficEvent::Kind::Sent, "Hello Server!"));
    auto *senders = child<QListWidget>(server, "sendersList");
    QTRY_COMPARE(senders->count(), 1);
    QTRY_VERIFY(!client->localEndpoint().isNull());
    // The client socket is bound to the wildcard address; the server sees it as loopback.
    QCOMPARE(senders->item(0)->text(),
             QStringLiteral("127.0.0.1:%1").arg(client->localEndpoint().port()));

    // Reply to the sender; the client's auto-bound socket receives it.
    senders->setCurrentRow(0);
    typePayload(server, QStringLiteral("\\x01\\x02reply"));
    QTest::mouseClick(child<QPushButton>(server, "replyButton"), Qt::LeftButton);
    QTRY_VERIFY(logHas(model, client->sessionId(), TrafficEvent::Kind::Received,
                       QByteArray("\x01\x02reply")));
}

void tst_MainWindow::pausedViewStillReceivesAndLogsToFile()
{
    constexpr int count = 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    child<QComboBox>(server, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->localEndpoint().port() != 0);
    const quint16 port = server->localEndpoint().port();

    QVERIFY(window.logFile()->startLogging(path));
    QVERIFY(window.logFile()->action()->isChecked());
    window.logView()->pauseAction()->trigger();
    TrafficLogModel *model = window.logModel();
    QVERIFY(model->isPaused());

    QUdpSocket sender;
    for (int i = 0; i < count; ++i) {
        sender.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, port);
        if (i % 50 == 49) // let the server drain: nothing may be dropped for the exact count
            QTRY_VERIFY(engine.log()->sessionCounters(server->sessionId()).messagesIn
                        >= quint64(i + 1));
    }
    // Reception goes on while the view is paused; the view shows none of it yet.
    QTRY_COMPARE(engine.log()->sessionCounters(server->sessionId()).messagesIn, quint64(count));
    QVERIFY(!logHas(model, server->sessionId(), TrafficEvent::Kind::Received));

    window.logFile()->action()->trigger(); // unchecks: the writer finishes in the background
    QTRY_VERIFY(window.logFile()->action()->isEnabled());
    QVERIFY(!window.logFile()->action()->isChecked());
    QVERIFY(!window.logFile()->writer()->isActive());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int received = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        // The file names the session as the tab and the log do (before: "udp#1").
        if (!event.isEmpty())
            QCOMPARE(event.value(u"session").toString(),
                     QStringLiteral("udp-server#%1").arg(server->sessionId()));
        if (event.value(u"event").toString() == u"received")
            QCOMPARE(event.value(u"text").toString(), QString::number(received++));
    }
    QCOMPARE(received, count);

    window.logView()->pauseAction()->trigger();
    QTRY_VERIFY(logHas(model, server->sessionId(), TrafficEvent::Kind::Received,
                       QByteArray::number(count - 1)));
}

void tst_MainWindow::invalidPortShowsErrorAndStartsNothing_data()
{
    QTest::addColumn<QString>("port");
    QTest::newRow("too big") << QStringLiteral("70000");
    QTest::newRow("not a number") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
}

void tst_MainWindow::invalidPortShowsErrorAndStartsNothing()
{
    QFETCH(QString, port);
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    setLine(child<QLineEdit>(server, "portEdit"), port);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QVERIFY(server->isStatusError());
    QVERIFY(child<QLabel>(server, "statusLabel")->text().contains(QStringLiteral("ort")));
    QVERIFY(!server->isRunning());
    QVERIFY(engine.sessions().isEmpty());
    QCOMPARE(engine.log()->lastSequence(), quint64(0));

    // A bad bind address is refused the same way.
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    child<QComboBox>(server, "addressCombo")->setCurrentText(QStringLiteral("not-an-address"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QVERIFY(server->isStatusError());
    QVERIFY(engine.sessions().isEmpty());
}

void tst_MainWindow::clientRejectsBadInput()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    setLine(child<QLineEdit>(client, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QVERIFY(client->isStatusError());
    QVERIFY(engine.sessions().isEmpty());

    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    setLine(child<QLineEdit>(client, "portEdit"), QStringLiteral("60002"));
    typePayload(client, QStringLiteral("bad \\q escape"));
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
    QVERIFY(client->isStatusError());
    QVERIFY(client->statusText().contains(QStringLiteral("\\q"))
            || !client->statusText().isEmpty());
    QVERIFY(engine.sessions().isEmpty());
}

void tst_MainWindow::protocolSwitchFollowsDefaultPort()
{
    Engine engine;
    MainWindow window(&engine);
    ServerPane *server = window.currentServerPane();
    auto *protocol = child<QComboBox>(server, "protocolCombo");
    auto *port = child<QLineEdit>(server, "portEdit");
    QCOMPARE(port->text(), QStringLiteral("60001"));
    protocol->setCurrentIndex(1);
    QCOMPARE(port->text(), QStringLiteral("60002"));
    protocol->setCurrentIndex(0);
    QCOMPARE(port->text(), QStringLiteral("60001"));
    // A port the user typed stays.
    setLine(port, QStringLiteral("7000"));
    protocol->setCurrentIndex(1);
    QCOMPARE(port->text(), QStringLiteral("7000"));

    ClientPane *client = window.currentClientPane();
    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    QCOMPARE(child<QLineEdit>(client, "portEdit")->text(), QStringLiteral("60002"));
}

void tst_MainWindow::examplePresetsFillFields()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();

    QAction *tcpServer = examplesAction(window, QStringLiteral("server_tcp.py"));
    QVERIFY(tcpServer);
    tcpServer->trigger();
    ServerPane *server = window.currentServerPane();
    QCOMPARE(child<QComboBox>(server, "protocolCombo")->currentText(), QStringLiteral("TCP"));
    QCOMPARE(child<QComboBox>(server, "addressCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>(server, "portEdit")->text(), QStringLiteral("60001"));
    QCOMPARE(child<QLineEdit>(server, "greetingEdit")->text(), QStringLiteral("Hello World!"));
    QVERIFY(child<QCheckBox>(server, "closeAfterGreetingCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(server, "maxConnectionsSpin")->value(), 5);
    QVERIFY(!server->isRunning());
    QVERIFY(engine.sessions().isEmpty());

    examplesAction(window, QStringLiteral("server_udp.py"))->trigger();
    QCOMPARE(window.serverTabs()->count(), 1);
    QCOMPARE(child<QComboBox>(server, "protocolCombo")->currentText(), QStringLiteral("UDP"));
    QCOMPARE(child<QLineEdit>(server, "portEdit")->text(), QStringLiteral("60002"));
    QCOMPARE(child<QSpinBox>(server, "maxDatagramsSpin")->value(), 5);

    examplesAction(window, QStringLiteral("client_tcp.py"))->trigger();
    ClientPane *client = window.currentClientPane();
    QCOMPARE(child<QComboBox>(client, "protocolCombo")->currentText(), QStringLiteral("TCP"));
    QCOMPARE(child<QLineEdit>(client, "portEdit")->text(), QStringLiteral("60001"));

    examplesAction(window, QStringLiteral("client_udp.py"))->trigger();
    QCOMPARE(child<QComboBox>(client, "protocolCombo")->currentText(), QStringLiteral("UDP"));
    QCOMPARE(child<QComboBox>(client, "hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>(client, "portEdit")->text(), QStringLiteral("60002"));
    QCOMPARE(child<QPlainTextEdit>(client, "textEdit")->toPlainText(),
             QStringLiteral("Hello Server!"));
    QVERIFY(engine.sessions().isEmpty());
}

void tst_MainWindow::presetOnRunningTabOpensNewTab()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *running = window.currentServerPane();
    setLine(child<QLineEdit>(running, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(running, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(running->isRunning());

    examplesAction(window, QStringLiteral("server_tcp.py"))->trigger();
    QCOMPARE(window.serverTabs()->count(), 2);
    ServerPane *fresh = window.currentServerPane();
    QVERIFY(fresh != running);
    QCOMPARE(child<QLineEdit>(fresh, "greetingEdit")->text(), QStringLiteral("Hello World!"));
    QVERIFY(running->isRunning());
    QCOMPARE(child<QLineEdit>(running, "portEdit")->text(), QStringLiteral("0"));
}

void tst_MainWindow::closingRunningTabRemovesSession()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->isRunning());
    QCOMPARE(engine.sessions().size(), 1);

    window.serverTabs()->closePane(0);
    QTRY_VERIFY(engine.sessions().isEmpty());
    // Closing the last tab leaves a fresh one, numbered after the closed one.
    QCOMPARE(window.serverTabs()->count(), 1);
    QVERIFY(window.currentServerPane() != nullptr);
}

void tst_MainWindow::fixedErrorClearsOnSuccess()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    auto *status = child<QLabel>(client, "statusLabel");
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    child<QComboBox>(client, "hostCombo")->setCurrentText(QStringLiteral("127.0.0.1"));
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(closedPort));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isStatusError());
    QTRY_VERIFY(!client->isRunning());
    QVERIFY(PaletteColors::hasErrorText(status));

    // The user fixes the target; the connection that follows must clear the red line.
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(peer.serverPort()));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    QTRY_VERIFY(status->text().contains(QString::number(peer.serverPort())));
    QVERIFY2(!client->isStatusError(), qPrintable(status->text()));
    QVERIFY(!PaletteColors::hasErrorText(status));
    // And the peer closing is an ordinary end, not left red either.
    QTRY_VERIFY(peer.hasPendingConnections() || peer.waitForNewConnection(0));
    delete peer.nextPendingConnection();
    QTRY_VERIFY(!client->isRunning());
    QVERIFY2(!client->isStatusError(), qPrintable(status->text()));
}

void tst_MainWindow::reusedTabStartsWithFreshStatus()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(closedPort));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isStatusError());
    QTRY_VERIFY(!client->isRunning());
    const int oldSession = client->sessionId();
    QVERIFY(oldSession > 0);

    // The tab is idle, so loading an example reuses it: a new session, a fresh status line.
    window.loadExample(ExamplePresets::all().at(1));
    QCOMPARE(window.currentClientPane(), client);
    QVERIFY2(!client->isStatusError(), qPrintable(client->statusText()));
    QVERIFY(client->sessionId() != oldSession);
    QVERIFY(!window.clientTabs()->tabText(0).contains(QStringLiteral("#%1").arg(oldSession)));
}

void tst_MainWindow::settingsRoundTrip()
{
    {
        Engine engine;
        MainWindow window(&engine);
        window.restoreSettings();
        ServerPane *server = window.currentServerPane();
        child<QComboBox>(server, "protocolCombo")->setCurrentIndex(1);
        setLine(child<QLineEdit>(server, "portEdit"), QStringLiteral("61000"));
        ClientPane *client = window.currentClientPane();
        child<QComboBox>(client, "hostCombo")->setCurrentText(QStringLiteral("localhost"));
        typePayload(client, QStringLiteral("GET / HTTP/1.0"));
        window.close();
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    ServerPane *server = window.currentServerPane();
    QCOMPARE(server->protocol(), TrafficEvent::Protocol::Udp);
    QCOMPARE(child<QLineEdit>(server, "portEdit")->text(), QStringLiteral("61000"));
    ClientPane *client = window.currentClientPane();
    QCOMPARE(child<QComboBox>(client, "hostCombo")->currentText(), QStringLiteral("localhost"));
    QCOMPARE(child<QPlainTextEdit>(client, "textEdit")->toPlainText(),
             QStringLiteral("GET / HTTP/1.0"));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
}

void tst_MainWindow::corruptSettingsFallBackToDefaults()
{
    const QString path
        = QSettings(WindowSettings::organizationName(), WindowSettings::applicationName())
              .fileName();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[window\nport=\"unterminated\n\xff\xfe\x00garbage=[[[\n");
    }
    // (No QSettings peek here: Qt reports a format error only to the first reader.)

    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    QVERIFY2(!window.statusBar()->currentMessage().isEmpty(), "no word about the bad file");
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(),
             QStringLiteral("60001"));
    // Saving replaces the damaged file with a readable one.
    window.saveSettings();
    QSettings reread(WindowSettings::organizationName(), WindowSettings::applicationName());
    QCOMPARE(reread.status(), QSettings::NoError);
    QCOMPARE(reread.value(QStringLiteral("server/port")).toString(), QStringLiteral("60001"));
    QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
