// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/clientpane.h"
#include "net/engine.h"
#include "trafficview/eventformatter.h"
#include "panes/examplepresets.h"
#include "window/mainwindow.h"
#include "panes/serverpane.h"
#include "net/tcpclientsession.h"
#include "log/trafficlog.h"
#include "trafficview/trafficlogmodel.h"
#include "window/windowsettings.h"
#include "widgetdriver.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;

using WidgetDriver::child;
using WidgetDriver::setLine;

// The bad-input and fault matrix as the window sees it: every case ends in one sentence in
// the pane (or the status bar), nothing crashes, and the window keeps working afterwards.
class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void clientPortsRejected_data();
    void clientPortsRejected();
    void unresolvableHostThenWorks();
    void ipv6LiteralsWithAndWithoutBrackets_data();
    void ipv6LiteralsWithAndWithoutBrackets();
    void malformedPayloadsRejected_data();
    void malformedPayloadsRejected();
    void emptyPayloads();
    void refusedThenWorks();
    void peerResetShownInClientPane();
    void serverStoppedWhileClientsConnected();
    void allInterfacesWarningAndLoopbackDefaults();
    void maxClientsField();
    void binaryPayloadDisplayedSafely();
    void hugePayloadExactAndDisplayCutExplicitly();
    void unreadableSettingsFallBackToDefaults();
    void handEditedFramingAndHugeRulesAreDropped();
    void outOfDescriptorsShownAndRecovered();

private:
    QTemporaryDir m_home;

    static void typePayload(QWidget *pane, const QString &text, bool hex = false)
    {
        // As a user picks it: the combo changes, then activated() fires.
        auto *format = child<QComboBox>(pane, "formatCombo");
        format->setCurrentIndex(hex ? 1 : 0);
        emit format->activated(format->currentIndex());
        WidgetDriver::typePayload(pane, text);
    }
    static void startServer(ServerPane *server, const QString &address = u"127.0.0.1"_s)
    {
        child<QComboBox>(server, "addressCombo")->setCurrentText(address);
        setLine(child<QLineEdit>(server, "portEdit"), u"0"_s);
        QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    }
    static void connectClient(ClientPane *client, const QString &host, quint16 port)
    {
        child<QComboBox>(client, "hostCombo")->setCurrentText(host);
        setLine(child<QLineEdit>(client, "portEdit"), QString::number(port));
        QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    }
    // The session listens and the pane has heard so (its Start/Stop button is enabled again):
    // reading the session alone races the queued state signal.
    static bool isListening(ServerPane *server)
    {
        return server->localEndpoint().port() != 0
               && child<QPushButton>(server, "startButton")->isEnabled();
    }
    static bool hasIpv6Loopback()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHostIPv6, 0);
    }
    static QString settingsPath()
    {
        return QSettings(WindowSettings::organizationName(), WindowSettings::applicationName())
                .fileName();
    }
};

void tst_BadInput::initTestCase()
{
    // A home of our own: tst_mainwindow may run in parallel on the shared test settings file.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(settingsPath().startsWith(m_home.path()));
}

void tst_BadInput::init()
{
    const QString path = settingsPath();
    QFile::remove(path);
    QDir(path).removeRecursively();
}

void tst_BadInput::clientPortsRejected_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << u"0"_s << u"Port 0 cannot be a destination"_s;
    QTest::newRow("65536") << u"65536"_s << u"65536 is out of range"_s;
    QTest::newRow("-1") << u"-1"_s << u"-1 is out of range"_s;
    QTest::newRow("abc") << u"abc"_s << u"\"abc\" is not a number"_s;
    QTest::newRow("empty") << QString() << u"No port given"_s;
}

void tst_BadInput::clientPortsRejected()
{
    QFETCH(QString, port);
    QFETCH(QString, expected);
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    child<QComboBox>(client, "hostCombo")->setCurrentText(u"127.0.0.1"_s);
    setLine(child<QLineEdit>(client, "portEdit"), port);
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QVERIFY(client->isStatusError());
    QVERIFY2(client->statusText().contains(expected), qPrintable(client->statusText()));
    QVERIFY(!client->isRunning());
    QCOMPARE(engine.log()->lastSequence(), quint64(0));
}

void tst_BadInput::unresolvableHostThenWorks()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    connectClient(client, u"no-such-host.invalid"_s, 60001);
    QTRY_VERIFY_WITH_TIMEOUT(client->isStatusError(), 15000);
    QVERIFY2(client->statusText().contains(u"no-such-host.invalid"_s),
             qPrintable(client->statusText()));
    QTRY_VERIFY(!client->isRunning());

    // The window goes on working.
    startServer(server);
    QTRY_VERIFY(isListening(server));
    connectClient(client, u"127.0.0.1"_s, server->localEndpoint().port());
    QTRY_VERIFY(client->isConnected());
    QVERIFY(!client->isStatusError());
}

void tst_BadInput::ipv6LiteralsWithAndWithoutBrackets_data()
{
    QTest::addColumn<QString>("serverAddress");
    QTest::addColumn<QString>("clientHost");
    QTest::newRow("bare") << u"::1"_s << u"::1"_s;
    QTest::newRow("brackets") << u"[::1]"_s << u"[::1]"_s;
    QTest::newRow("mixed") << u"::1"_s << u"[::1]"_s;
}

void tst_BadInput::ipv6LiteralsWithAndWithoutBrackets()
{
    if (!hasIpv6Loopback())
        QSKIP("this machine has no IPv6 loopback (::1)");
    QFETCH(QString, serverAddress);
    QFETCH(QString, clientHost);
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    startServer(server, serverAddress);
    QTRY_VERIFY(isListening(server));
    QCOMPARE(server->localEndpoint().addressString(), u"::1"_s);
    connectClient(client, clientHost, server->localEndpoint().port());
    QTRY_VERIFY(client->isConnected());
    QVERIFY(client->localEndpoint().toString().startsWith(u"[::1]:"_s));
}

void tst_BadInput::malformedPayloadsRejected_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("expected");
    QTest::newRow("odd hex digits") << u"48 6"_s << true << u"position"_s;
    QTest::newRow("non-hex") << u"48 zz"_s << true << u"\"z\""_s;
    QTest::newRow("\\x at end") << u"abc\\x"_s << false << u"position 3"_s;
    QTest::newRow("short \\x") << u"\\x4"_s << false << u"position 0"_s;
    QTest::newRow("lone backslash") << u"abc\\"_s << false << u"position 3"_s;
    QTest::newRow("unknown escape") << u"a\\qb"_s << false << u"\\q"_s;
}

void tst_BadInput::malformedPayloadsRejected()
{
    QFETCH(QString, payload);
    QFETCH(bool, hex);
    QFETCH(QString, expected);
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    child<QComboBox>(client, "hostCombo")->setCurrentText(u"127.0.0.1"_s);
    setLine(child<QLineEdit>(client, "portEdit"), u"9"_s);
    typePayload(client, payload, hex);
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
    QVERIFY(client->isStatusError());
    QVERIFY2(client->statusText().contains(expected), qPrintable(client->statusText()));
    QVERIFY(engine.sessions().isEmpty());
    QCOMPARE(engine.log()->totals().messagesOut, 0u);
}

void tst_BadInput::emptyPayloads()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();

    // TCP has no empty message: the log says nothing was sent.
    startServer(server);
    QTRY_VERIFY(isListening(server));
    connectClient(client, u"127.0.0.1"_s, server->localEndpoint().port());
    QTRY_VERIFY(client->isConnected() && child<QPushButton>(client, "sendButton")->isEnabled());
    typePayload(client, QString());
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(engine.log()->lastSequence() > 0);
    bool said = false;
    QTRY_VERIFY([&] {
        for (const TrafficEvent &e : engine.log()->eventsAfter(0))
            said = said || e.message.startsWith(u"nothing sent: the payload is empty"_s);
        return said;
    }());
    QCOMPARE(engine.log()->totals().messagesOut, 0u);
}

void tst_BadInput::refusedThenWorks()
{
    QTcpServer placeholder; // a port that was just free, then closed
    QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = placeholder.serverPort();
    placeholder.close();

    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    connectClient(client, u"127.0.0.1"_s, closedPort);
    QTRY_VERIFY(client->isStatusError());
    QVERIFY2(client->statusText().contains(u"refused"_s), qPrintable(client->statusText()));
    QTRY_VERIFY(!client->isRunning());

    ServerPane *server = window.currentServerPane();
    startServer(server);
    QTRY_VERIFY(isListening(server));
    connectClient(client, u"127.0.0.1"_s, server->localEndpoint().port());
    QTRY_VERIFY(client->isConnected());
}

void tst_BadInput::peerResetShownInClientPane()
{
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    QPointer<QTcpSocket> accepted;
    connect(&peer, &QTcpServer::newConnection, &peer,
            [&] { accepted = peer.nextPendingConnection(); });
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ClientPane *client = window.currentClientPane();
    connectClient(client, u"127.0.0.1"_s, peer.serverPort());
    QTRY_VERIFY(client->isConnected());
    QTRY_VERIFY(accepted);
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(static_cast<int>(accepted->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &abortive, sizeof abortive),
             0);
    accepted->abort();
    QTRY_VERIFY(client->isStatusError());
    QVERIFY2(client->statusText().contains(u"connection reset by the peer"_s),
             qPrintable(client->statusText()));
    QTRY_VERIFY(!client->isRunning());
}

void tst_BadInput::serverStoppedWhileClientsConnected()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    startServer(server);
    QTRY_VERIFY(isListening(server));
    connectClient(client, u"127.0.0.1"_s, server->localEndpoint().port());
    QTRY_VERIFY(client->isConnected());
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!server->isRunning());
    QTRY_VERIFY(!client->isRunning());
    QVERIFY(!client->isStatusError()); // the server's close is orderly, not an error
    QCOMPARE(engine.log()->totals().errors, 0u);
}

void tst_BadInput::allInterfacesWarningAndLoopbackDefaults()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    auto *address = child<QComboBox>(server, "addressCombo");
    auto *warning = child<QLabel>(server, "exposureLabel");
    QCOMPARE(address->currentText(), u"127.0.0.1"_s);
    QVERIFY(!warning->isVisible());
    for (const QString &any : {u"0.0.0.0"_s, u"::"_s, u"any"_s}) {
        address->setCurrentText(any);
        QVERIFY2(warning->isVisible(), qPrintable(any));
        QVERIFY(warning->text().contains(u"other machines"_s));
    }
    address->setCurrentText(u"::1"_s);
    QVERIFY(!warning->isVisible());

    // Every tutorial preset binds loopback.
    for (const ExamplePreset &preset : ExamplePresets::all()) {
        if (preset.isServer)
            QCOMPARE(preset.server.address, u"127.0.0.1"_s);
    }
    QCOMPARE(ServerConfig().address, u"127.0.0.1"_s);
}

void tst_BadInput::maxClientsField()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    child<QSpinBox>(server, "maxClientsSpin")->setValue(1);
    startServer(server);
    QTRY_VERIFY(isListening(server));
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, server->localEndpoint().port());
    QVERIFY(first.waitForConnected(5000));
    QTRY_COMPARE(engine.log()->sessionCounters(server->sessionId()).connections, 1u);
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, server->localEndpoint().port());
    QTRY_COMPARE(second.state(), QAbstractSocket::UnconnectedState);
    bool logged = false;
    QTRY_VERIFY([&] {
        for (const TrafficEvent &e : engine.log()->eventsAfter(0))
            logged = logged || e.message.contains(u"already connected"_s);
        return logged;
    }());
    QCOMPARE(engine.log()->sessionCounters(server->sessionId()).connections, 1u);
    QCOMPARE(first.state(), QAbstractSocket::ConnectedState);
}

void tst_BadInput::binaryPayloadDisplayedSafely()
{
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    child<QComboBox>(server, "protocolCombo")->setCurrentIndex(1);
    startServer(server);
    QTRY_VERIFY(isListening(server));
    child<QComboBox>(client, "protocolCombo")->setCurrentIndex(1);
    child<QComboBox>(client, "hostCombo")->setCurrentText(u"127.0.0.1"_s);
    setLine(child<QLineEdit>(client, "portEdit"), QString::number(server->localEndpoint().port()));
    typePayload(client, u"00 ff fe 41 c3 28 0a 00"_s, true);
    QTest::mouseClick(child<QPushButton>(client, "sendButton"), Qt::LeftButton);
    const QByteArray sent("\x00\xff\xfe\x41\xc3\x28\x0a\x00", 8);
    QTRY_COMPARE(engine.log()->sessionCounters(server->sessionId()).bytesIn, 8u);
    QCOMPARE(engine.log()->sessionCounters(server->sessionId()).messagesIn, 1u);

    TrafficLogModel *model = window.logModel();
    QTRY_VERIFY([&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->eventAt(row).kind == TrafficEvent::Kind::Received)
                return true;
        }
        return false;
    }());
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &event = model->eventAt(row);
        if (event.kind != TrafficEvent::Kind::Received)
            continue;
        QCOMPARE(event.payload, sent);
        const QString text = model->index(row, TrafficLogModel::TextColumn).data().toString();
        QVERIFY2(!text.contains(QChar(0)) && !text.contains(u'\n'), qPrintable(text));
        QVERIFY2(text.contains(QChar(0xFFFD)) || text.contains(u"\\x"_s), qPrintable(text));
        QCOMPARE(model->index(row, TrafficLogModel::HexColumn).data().toString(),
                 u"00 ff fe 41 c3 28 0a 00"_s);
    }
}

void tst_BadInput::hugePayloadExactAndDisplayCutExplicitly()
{
    constexpr qsizetype size = 64 << 20;
    Engine engine;
    // The default payload budget (16 MiB) would evict the first chunks; this test checks the
    // bytes themselves, so the log may hold them all.
    TrafficLog::Limits limits;
    limits.maxPayloadBytes = 2 * qint64(size);
    engine.log()->setLimits(limits);
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    startServer(server);
    QTRY_VERIFY(isListening(server));
    QByteArray payload(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        payload[i] = static_cast<char>(i * 7);
    QTcpSocket sender;
    sender.connectToHost(QHostAddress::LocalHost, server->localEndpoint().port());
    QVERIFY(sender.waitForConnected(5000));
    sender.write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(engine.log()->sessionCounters(server->sessionId()).bytesIn,
                              quint64(size), 60000);
    // Byte-exact in the log, whatever the chunking.
    QByteArray received;
    received.reserve(size);
    for (const TrafficEvent &e : engine.log()->eventsAfter(0)) {
        if (e.kind == TrafficEvent::Kind::Received)
            received += e.payload;
    }
    QVERIFY(received == payload);

    // Cells and details cut a big payload and say so.
    TrafficEvent big;
    big.kind = TrafficEvent::Kind::Received;
    big.payload = payload;
    big.size = size;
    const QString cell = EventFormatter::text(big, PayloadCodec::Encoding::Utf8, 200);
    QVERIFY(cell.size() <= 200 && cell.endsWith(QChar(0x2026)));
    QVERIFY(EventFormatter::hexPreview(big, 64).endsWith(QChar(0x2026)));
    const QString details = EventFormatter::details(big, u"x"_s, PayloadCodec::Encoding::Utf8,
                                                    4096);
    QVERIFY2(details.contains(u"4,096 of 67,108,864 bytes shown"_s),
             qPrintable(details.right(200)));

    // A log cap below the payload keeps a prefix, the exact size, and says so.
    TrafficLog capped;
    capped.setLimits({1000, 1 << 20});
    capped.append(big);
    const TrafficEvent kept = capped.eventsAfter(0).first();
    QCOMPARE(kept.size, size);
    QCOMPARE(kept.payload.size(), qsizetype(1 << 20));
    QVERIFY(kept.isPayloadTruncated());
    QVERIFY(EventFormatter::details(kept, u"x"_s, PayloadCodec::Encoding::Utf8, 4096)
                    .contains(u"The log kept the first 1,048,576 bytes only."_s));
    QCOMPARE(capped.totals().bytesIn, quint64(size));
}

void tst_BadInput::unreadableSettingsFallBackToDefaults()
{
    const QString path = settingsPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    if (::geteuid() != 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[server]\nport=12345\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    } else {
        // root reads a chmod 000 file anyway; a directory in its place is unreadable to all.
        QVERIFY(QDir().mkpath(path));
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"could not be read"_s) || message.contains(u"damaged"_s)
                 || message.contains(u"not a regular file"_s),
             qPrintable(message));
    QCOMPARE(child<QLineEdit>(window.currentServerPane(), "portEdit")->text(), u"60001"_s);
    window.show();
    startServer(window.currentServerPane());
    QTRY_VERIFY(isListening(window.currentServerPane()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_BadInput::handEditedFramingAndHugeRulesAreDropped()
{
    const QString path = settingsPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"version"_s, 2);
        settings.setValue(u"server/port"_s, u"12345"_s);
        // Far over the bound: not parsed at all, dropped with a sentence.
        settings.setValue(u"server/rules"_s, QString(SettingsRulesLimit + 1, u' '));
        settings.setValue(u"client/framing"_s, u"length:3be"_s);
        settings.setValue(u"client/port"_s, u"23456"_s);
    }
    Engine engine;
    MainWindow window(&engine);
    window.restoreSettings();
    ServerPane *server = window.currentServerPane();
    ClientPane *client = window.currentClientPane();
    QCOMPARE(child<QLineEdit>(server, "portEdit")->text(), u"12345"_s);
    QVERIFY(server->config().rules.rules.isEmpty());
    QVERIFY2(server->isStatusError() && server->statusText().contains(u"rules"_s),
             qPrintable(server->statusText()));
    QCOMPARE(child<QLineEdit>(client, "portEdit")->text(), u"23456"_s);
    QVERIFY(client->config().framing.isNone());
    QVERIFY2(client->isStatusError() && client->statusText().contains(u"framing"_s),
             qPrintable(client->statusText()));
    window.show();
    startServer(server);
    QTRY_VERIFY(isListening(server));
}

void tst_BadInput::outOfDescriptorsShownAndRecovered()
{
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    Engine engine;
    MainWindow window(&engine);
    window.show();
    ServerPane *server = window.currentServerPane();
    startServer(server);
    QTRY_VERIFY(isListening(server));

    // Leave this process a couple of dozen descriptors; every in-process client costs two.
    const qsizetype open = QDir(u"/proc/self/fd"_s)
                                   .entryList(QDir::AllEntries | QDir::System
                                              | QDir::NoDotAndDotDot)
                                   .size();
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(open + 24);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &tight), 0);
    // Restored however this test ends: the rest of the suite needs its descriptors.
    const auto restore = qScopeGuard([&saved] { ::setrlimit(RLIMIT_NOFILE, &saved); });
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    const auto isPaused = [server] {
        return server->isStatusError()
               && server->statusText().startsWith(u"Out of file descriptors"_s);
    };
    while (clients.size() < 20 && !isPaused()) {
        const quint64 before = engine.log()->sessionCounters(server->sessionId()).connections;
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, server->localEndpoint().port());
        if (!client->waitForConnected(5000))
            break;
        clients.push_back(std::move(client));
        QTRY_VERIFY(isPaused()
                    || engine.log()->sessionCounters(server->sessionId()).connections > before);
    }
    const bool paused = isPaused();
    const QString status = server->statusText();
    clients.clear(); // frees descriptors: the server must resume
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    QVERIFY2(paused, qPrintable(status));
    QTRY_VERIFY(!server->isStatusError());
    QVERIFY(server->statusText().startsWith(u"Listening on"_s));
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, server->localEndpoint().port());
    QVERIFY(after.waitForConnected(5000));
    bool resumed = false;
    for (const TrafficEvent &e : engine.log()->eventsAfter(0))
        resumed = resumed || e.message.startsWith(u"Accepting again"_s);
    QVERIFY(resumed);
}

QTEST_MAIN(tst_BadInput)
#include "tst_badinput.moc"
