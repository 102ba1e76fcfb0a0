// SPDX-License-Identifier: GPL-3.0-or-later
// Drives socklab-cli in-process: stdout and stderr are buffers, peers are Qt sockets of the
// test on 127.0.0.1, every wait is on a signal or a condition, never a fixed sleep.
#include "cliapp.h"
#include "connectionscommand.h"
#include "displaywidth.h"
#include "net/endpoint.h"
#include "net/engine.h"
#include "eventprinter.h"
#include "payload/inputfile.h"
#include "log/outputpath.h"
#include "sockettable/socketrecord.h"
#include "sockettable/sockettable.h"
#include "log/trafficlog.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 15000;

// A stdout that refuses every write, as a closed pipe or /dev/full does.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { setErrorString(u"Broken pipe"_s); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

// One socklab-cli invocation with its output captured.
class CliRun
{
public:
    explicit CliRun(Engine *engine)
        : m_out(&m_outBuffer)
        , m_err(&m_errBuffer)
        , m_app(engine, m_out, m_err)
        , m_spy(&m_app, &CliApp::finished)
    {
        m_outBuffer.open(QIODevice::WriteOnly);
        m_errBuffer.open(QIODevice::WriteOnly);
    }

    void start(const QStringList &arguments)
    {
        m_app.start(QStringList{u"socklab-cli"_s} + arguments);
    }
    CliApp &app() { return m_app; }
    // From now on every write to stdout fails.
    void failStdout()
    {
        m_failing.open(QIODevice::WriteOnly);
        m_out.setDevice(&m_failing);
    }

    // The exit status, once the command has finished (-1 when it did not in time).
    int wait(int timeoutMs = waitMs)
    {
        if (m_spy.isEmpty() && !m_spy.wait(timeoutMs))
            return -1;
        return m_spy.constFirst().constFirst().toInt();
    }
    bool isFinished() const { return !m_spy.isEmpty(); }

    QString out() const { return QString::fromUtf8(m_outBuffer.data()); }
    QString err() const { return QString::fromUtf8(m_errBuffer.data()); }
    QStringList outLines() const { return out().split(u'\n', Qt::SkipEmptyParts); }

    // Every stdout line parsed as JSON; an unparsable line fails the calling test.
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> objects;
        for (const QString &line : outLines()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                qWarning("not a JSON object: %s", qPrintable(line));
                return {};
            }
            objects << document.object();
        }
        return objects;
    }
    QList<QJsonObject> events(const QString &kind) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &object : json()) {
            if (object.value(u"event").toString() == kind)
                result << object;
        }
        return result;
    }

    // The port of the "listening" event, in either output format; 0 until it was printed.
    quint16 listeningPort() const
    {
        static const QRegularExpression human(u" listening 127\\.0\\.0\\.1:(\\d+)"_s);
        for (const QString &line : outLines()) {
            if (line.startsWith(u'{')) {
                const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
                if (event.value(u"event").toString() == u"listening")
                    return Endpoint::parsePort(event.value(u"local").toString().section(u':', -1))
                            .value_or(0);
            } else if (const QRegularExpressionMatch match = human.match(line); match.hasMatch()) {
                return match.captured(1).toUShort();
            }
        }
        return 0;
    }

private:
    QBuffer m_outBuffer;
    QBuffer m_errBuffer;
    FailingDevice m_failing;
    QTextStream m_out;
    QTextStream m_err;
    CliApp m_app;
    QSignalSpy m_spy;
};

// Reads from a socket until the peer closes it.
QByteArray readUntilClosed(QTcpSocket &socket)
{
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(waitMs))
        data += socket.readAll();
    return data + socket.readAll();
}

// The port the command's UDP session is bound to, read from the engine: --stats prints no
// "listening" line. 0 until it is bound.
quint16 boundUdpPort(Engine &engine)
{
    for (Session *session : engine.sessions()) {
        if (auto *udp = qobject_cast<UdpSession *>(session);
            udp && udp->state() == UdpSession::State::Bound)
            return udp->localEndpoint().port();
    }
    return 0;
}

quint16 boundTcpPort(Engine &engine)
{
    for (Session *session : engine.sessions()) {
        if (auto *tcp = qobject_cast<TcpServerSession *>(session);
            tcp && tcp->state() == TcpServerSession::State::Listening)
            return tcp->localEndpoint().port();
    }
    return 0;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void tcpServerJsonWithMaxConnections();
    void tcpServerHumanEchoUntilInterrupted();
    void tcpServerAddressInUse();
    void tcpClientPrintsGreeting();
    void tcpClientSendsAndStopsAtReadBytes();
    void tcpClientIdleTimeout();
    void tcpClientRefused();
    void tcpClientStreamsStdinAndHalfCloses();
    void udpServerMaxDatagrams();
    void udpClientSends();
    void udpServerStatsSummaryIsExact_data();
    void udpServerStatsSummaryIsExact();
    void tcpServerStatsSummaryIsExact();
    void jsonOutputHoldsATcpFloodBack();
    void udpServerReportsReceiveBuffer();
    void logFileHasEveryEvent();
    void logFileOnAFullDiskFails();
    void printerFormats();
    void printerReportsEvictedEvents();
    void printerSaysWhetherItReadsEvents();
    void connectionsJsonFilters();
    void connectionsHumanColumns();
    void printerMarksTruncatedPayloads();
    void fileInputsAreCappedOrRefused();
    void sameFileForInputAndLogIsRefused();
    void stdoutFailureKeepsTheCommandRunning();
    void interruptedClientsExitWithTheSignal();
    void connectionsEscapesProcessNames();
    void mappedBindAddressBindsIpv4WithANote();
    void displayWidth_data();
    void displayWidth();
};

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QStringList client{u"tcp-client"_s, u"--host"_s, u"127.0.0.1"_s};
    QTest::newRow("no command") << QStringList{} << u"Usage:"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("option first") << QStringList{u"--json"_s} << u"--json"_s;
    QTest::newRow("connections stray argument")
            << QStringList{u"connections"_s, u"-tan"_s} << u"tan"_s;
    QTest::newRow("unknown option")
            << QStringList{u"tcp-server"_s, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("port abc") << QStringList{u"tcp-server"_s, u"--port"_s, u"abc"_s}
                              << u"\"abc\" is not a number"_s;
    QTest::newRow("port 65536") << QStringList{u"udp-server"_s, u"--port=65536"_s}
                                << u"65536 is out of range"_s;
    QTest::newRow("port -1") << QStringList{u"tcp-server"_s, u"--port=-1"_s}
                             << u"-1 is out of range"_s;
    QTest::newRow("port empty") << QStringList{u"tcp-server"_s, u"--port="_s}
                                << u"No port given"_s;
    QTest::newRow("client port 0") << client + QStringList{u"--port"_s, u"0"_s}
                                   << u"Port 0 cannot be a destination"_s;
    QTest::newRow("client port missing") << client << u"--port option is required"_s;
    QTest::newRow("client host missing")
            << QStringList{u"tcp-client"_s, u"--port"_s, u"1"_s} << u"--host"_s;
    QTest::newRow("missing value") << QStringList{u"tcp-server"_s, u"--port"_s}
                                   << u"--port"_s;
    QTest::newRow("bad bind") << QStringList{u"tcp-server"_s, u"--bind"_s, u"nowhere"_s}
                              << u"\"nowhere\" is not an IP address"_s;
    QTest::newRow("bad hex")
            << QStringList{u"tcp-server"_s, u"--hex"_s, u"--greeting"_s, u"48 6z"_s}
            << u"--greeting: \"z\" at position 4"_s;
    QTest::newRow("bad escape")
            << QStringList{u"udp-server"_s, u"--reply"_s, u"ab\\q"_s}
            << u"--reply: Unknown escape \"\\q\" at position 2"_s;
    QTest::newRow("udp-client without --send")
            << QStringList{u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"9"_s}
            << u"--send"_s;
    // --count 0 means "until Ctrl+C" since issue 10; a negative count is the usage error.
    QTest::newRow("count -1")
            << QStringList{u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"9"_s,
                           u"--send"_s, u"x"_s, u"--count"_s, u"-1"_s}
            << u"--count"_s;
    QTest::newRow("max-connections abc")
            << QStringList{u"tcp-server"_s, u"--max-connections"_s, u"abc"_s}
            << u"\"abc\""_s;
    QTest::newRow("max-clients -1")
            << QStringList{u"tcp-server"_s, u"--max-clients"_s, u"-1"_s} << u"--max-clients"_s;
    QTest::newRow("missing file")
            << client + QStringList{u"--port"_s, u"9"_s, u"--file"_s, u"/nonexistent/x"_s}
            << u"/nonexistent/x"_s;
    QTest::newRow("empty file name")
            << client + QStringList{u"--port"_s, u"9"_s, u"--file="_s}
            << u"The --file option needs the path of a file."_s;
    QTest::newRow("send and file")
            << client + QStringList{u"--port"_s, u"9"_s, u"--send"_s, u"a"_s, u"--file"_s,
                                    QCoreApplication::applicationFilePath()}
            << u"not both"_s;
    QTest::newRow("stray argument") << QStringList{u"udp-server"_s, u"extra"_s} << u"extra"_s;
    QTest::newRow("rcvbuf abc") << QStringList{u"udp-server"_s, u"--rcvbuf"_s, u"abc"_s}
                                << u"--rcvbuf must be a whole number of at least 0, not \"abc\""_s;
    QTest::newRow("rcvbuf -1") << QStringList{u"udp-server"_s, u"--rcvbuf=-1"_s}
                               << u"--rcvbuf must be a whole number"_s;
    QTest::newRow("rcvbuf too big")
            << QStringList{u"udp-server"_s, u"--rcvbuf"_s, u"4294967296"_s}
            << u"\"4294967296\""_s;
    QTest::newRow("rcvbuf empty") << QStringList{u"udp-server"_s, u"--rcvbuf="_s}
                                  << u"--rcvbuf"_s;
    QTest::newRow("log-file directory")
            << QStringList{u"udp-server"_s, u"--log-file"_s, QDir::tempPath()}
            << u"it is a directory"_s;
    QTest::newRow("log-file missing folder")
            << QStringList{u"tcp-server"_s, u"--log-file"_s, u"/nonexistent/dir/x.jsonl"_s}
            << u"/nonexistent/dir/x.jsonl"_s;
    // messages opens no socket: the traffic options were accepted and ignored before.
    QTest::newRow("messages --stats")
            << QStringList{u"messages"_s, u"list"_s, u"--stats"_s}
            << u"\"socklab-cli messages\" opens no socket, so --stats"_s;
    QTest::newRow("messages --log-file")
            << QStringList{u"messages"_s, u"export"_s, u"/nonexistent/dir/out.json"_s,
                           u"--log-file"_s, u"/nonexistent/dir/x.jsonl"_s}
            << u"so --log-file has no events"_s;
    // connections reads the socket table; it has no traffic either.
    QTest::newRow("connections --log-file")
            << QStringList{u"connections"_s, u"--log-file"_s, u"/nonexistent/dir/x.jsonl"_s}
            << u"\"socklab-cli connections\" opens no socket, so --log-file"_s;
    // Issue 13: options that would do nothing are refused, parser errors point to --help.
    QTest::newRow("connections --stats")
            << QStringList{u"connections"_s, u"--stats"_s}
            << u"\"socklab-cli connections\" opens no socket, so --stats"_s;
    QTest::newRow("connections --raw")
            << QStringList{u"connections"_s, u"--raw"_s}
            << u"\"socklab-cli connections\" opens no socket, so --raw"_s;
    QTest::newRow("unknown option hint")
            << QStringList{u"tcp-server"_s, u"--frobnicate"_s}
            << u"'frobnicate'; run \"socklab-cli tcp-server --help\" for usage."_s;
    QTest::newRow("missing value hint")
            << QStringList{u"udp-client"_s, u"--host"_s}
            << u"; run \"socklab-cli udp-client --help\" for usage."_s;
    QTest::newRow("option first hint")
            << QStringList{u"--json"_s} << u"run \"socklab-cli --help\""_s;
    QTest::newRow("hex without send")
            << client + QStringList{u"--port"_s, u"9"_s, u"--hex"_s}
            << u"--hex says how to read --send, which is not given"_s;
    QTest::newRow("hex without greeting")
            << QStringList{u"tcp-server"_s, u"--hex"_s}
            << u"--hex says how to read --greeting, which is not given"_s;
    QTest::newRow("macros without send")
            << client + QStringList{u"--port"_s, u"9"_s, u"--macros"_s}
            << u"--macros expands placeholders in --send or --message"_s;
    QTest::newRow("datagram-per with send")
            << QStringList{u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"9"_s,
                           u"--send"_s, u"x"_s, u"--datagram-per"_s, u"line"_s}
            << u"--datagram-per cuts piped standard input"_s;
    QTest::newRow("file - without stdin")
            << client + QStringList{u"--port"_s, u"9"_s, u"--file"_s, u"-"_s}
            << u"--file - reads standard input"_s;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    Engine engine;
    CliRun run(&engine);
    run.start(arguments);
    QCOMPARE(run.wait(), 2);
    QVERIFY2(run.err().contains(expected), qPrintable(run.err()));
    QVERIFY(run.out().isEmpty());
    if (!arguments.isEmpty()) {
        // One sentence on one line, named after the program.
        QCOMPARE(run.err().count(u'\n'), 1);
        QVERIFY(run.err().startsWith(u"socklab-cli: "));
    }
}

void tst_Cli::helpAndVersion()
{
    Engine engine;
    {
        CliRun run(&engine);
        run.start({u"--help"_s});
        QCOMPARE(run.wait(), 0);
        QVERIFY(run.out().contains(u"udp-client"));
        QVERIFY(run.err().isEmpty());
    }
    {
        CliRun run(&engine);
        run.start({u"tcp-server"_s, u"--help"_s});
        QCOMPARE(run.wait(), 0);
        QVERIFY(run.out().startsWith(u"Usage: socklab-cli tcp-server"));
        QVERIFY(run.out().contains(u"--max-connections"));
    }
    {
        CliRun run(&engine);
        run.start({u"--version"_s});
        QCOMPARE(run.wait(), 0);
        QVERIFY(run.out().startsWith(u"socklab-cli "));
    }
}

void tst_Cli::tcpServerJsonWithMaxConnections()
{
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-server"_s, u"--port"_s, u"0"_s, u"--json"_s, u"--greeting"_s,
               u"Hello World!"_s, u"--close-after-greeting"_s, u"--max-connections"_s, u"2"_s});
    QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0 || run.isFinished(), waitMs);
    const quint16 port = run.listeningPort();
    QVERIFY2(port != 0, qPrintable(run.err()));

    QList<quint16> clientPorts;
    for (int i = 0; i < 2; ++i) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(waitMs));
        clientPorts << client.localPort();
        QCOMPARE(readUntilClosed(client), "Hello World!"_ba);
    }
    QCOMPARE(run.wait(), 0);
    QVERIFY2(run.err().isEmpty(), qPrintable(run.err()));

    const QList<QJsonObject> all = run.json();
    QVERIFY(!all.isEmpty());
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    for (const QJsonObject &event : all) {
        for (const char *key : {"time", "session", "session_id", "protocol", "event", "local",
                                "peer", "bytes", "payload_hex", "text", "message"})
            QVERIFY2(event.contains(QLatin1StringView(key)), key);
        QVERIFY(iso.match(event.value(u"time").toString()).hasMatch());
        QCOMPARE(event.value(u"protocol").toString(), u"tcp"_s);
        QVERIFY(event.value(u"session").toString().startsWith(u"tcp-server#"));
    }
    QCOMPARE(run.events(u"listening"_s).size(), 1);
    QCOMPARE(run.events(u"listening"_s).constFirst().value(u"local").toString(),
             u"127.0.0.1:"_s + QString::number(port));
    const QList<QJsonObject> accepted = run.events(u"accepted"_s);
    QCOMPARE(accepted.size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(accepted.at(i).value(u"peer").toString(),
                 u"127.0.0.1:"_s + QString::number(clientPorts.at(i)));
    const QList<QJsonObject> sent = run.events(u"sent"_s);
    QCOMPARE(sent.size(), 2);
    for (const QJsonObject &event : sent) {
        QCOMPARE(event.value(u"bytes").toInt(), 12);
        QCOMPARE(event.value(u"payload_hex").toString(), u"48656c6c6f20576f726c6421"_s);
        QCOMPARE(event.value(u"text").toString(), u"Hello World!"_s);
    }
    QCOMPARE(run.events(u"closed"_s).size(), 2);
    bool narratedListen = false;
    for (const QJsonObject &event : run.events(u"info"_s))
        narratedListen |= event.value(u"message").toString().startsWith(u"listen(");
    QVERIFY(narratedListen);
}

void tst_Cli::tcpServerHumanEchoUntilInterrupted()
{
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-server"_s, u"--port"_s, u"0"_s, u"--echo"_s});
    QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0 || run.isFinished(), waitMs);
    const quint16 port = run.listeningPort();
    QVERIFY2(port != 0, qPrintable(run.err()));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(waitMs));
    client.write("ping\n\x01");
    QByteArray echoed;
    while (echoed.size() < 6 && client.waitForReadyRead(waitMs))
        echoed += client.readAll();
    QCOMPARE(echoed, "ping\n\x01"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(run.out().contains(u" sent "), waitMs);

    run.app().interrupt();
    QCOMPARE(run.wait(), 0);
    QVERIFY(client.state() == QAbstractSocket::UnconnectedState || client.waitForDisconnected());

    const QString out = run.out();
    QVERIFY2(out.contains(u"tcp-server#"), qPrintable(out));
    QVERIFY(out.contains(u"socket(AF_INET, SOCK_STREAM)"));
    QVERIFY(out.contains(u"listen(backlog="));
    QVERIFY(out.contains(u"accept() -> 127.0.0.1:"));
    QVERIFY(out.contains(u"received 127.0.0.1:"_s + QString::number(port) + u" <- 127.0.0.1:"));
    QVERIFY(out.contains(u"length 6 \"ping\\n\\x01\""));
    QVERIFY(out.contains(u" closed "));
    static const QRegularExpression timeFirst(u"^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} "_s);
    for (const QString &line : run.outLines())
        QVERIFY2(timeFirst.match(line).hasMatch(), qPrintable(line));
}

void tst_Cli::tcpServerAddressInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-server"_s, u"--port"_s, QString::number(occupant.serverPort())});
    QCOMPARE(run.wait(), 1);
    QVERIFY2(run.err().startsWith(u"socklab-cli: "), qPrintable(run.err()));
    QCOMPARE(run.err().count(u'\n'), 1);
    QVERIFY(run.out().contains(u" error "));
}

void tst_Cli::tcpClientPrintsGreeting()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        socket->write("Hello World!");
        socket->disconnectFromHost();
    });
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(server.serverPort()), u"--json"_s});
    QCOMPARE(run.wait(), 0);
    QVERIFY2(run.err().isEmpty(), qPrintable(run.err()));
    QCOMPARE(run.events(u"connected"_s).size(), 1);
    const QList<QJsonObject> received = run.events(u"received"_s);
    QString text;
    for (const QJsonObject &event : received)
        text += event.value(u"text").toString();
    QCOMPARE(text, u"Hello World!"_s);
    QCOMPARE(run.events(u"closed"_s).size(), 1);
    QCOMPARE(received.constFirst().value(u"peer").toString(),
             u"127.0.0.1:"_s + QString::number(server.serverPort()));
}

void tst_Cli::tcpClientSendsAndStopsAtReadBytes()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray arrived;
    QPointer<QTcpSocket> accepted;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        accepted = server.nextPendingConnection();
        connect(accepted, &QTcpSocket::readyRead, this, [&] { arrived += accepted->readAll(); });
        accepted->write("0123456789");  // stays open: only --read-bytes can end the client
    });
    Engine engine;
    CliRun run(&engine);
    const QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    run.start({u"tcp-client"_s, u"--host"_s, u"localhost"_s, u"--port"_s,
               QString::number(server.serverPort()), u"--send"_s, u"hi\\x00\\xff"_s,
               u"--read-bytes"_s, u"4"_s, u"--timeout"_s, u"60000"_s});
    QCOMPARE(run.wait(), 0);
    QVERIFY2(clock.elapsed() < 30000, qPrintable(run.out()));
    QTRY_VERIFY2_WITH_TIMEOUT(arrived == "hi\0\xff"_ba, qPrintable(run.out()), waitMs);
    QVERIFY2(run.out().contains(u" sent "), qPrintable(run.out()));
    QVERIFY(run.out().contains(u"\"hi\\0\\xff\""));
    QVERIFY(run.out().contains(u"\"0123456789\"") || run.out().contains(u"\"0123"));
}

void tst_Cli::tcpClientIdleTimeout()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(server.serverPort()), u"--timeout"_s, u"200"_s});
    QCOMPARE(run.wait(), 0);
    QVERIFY(run.out().contains(u" connected "));
    QVERIFY(run.err().isEmpty());
}

void tst_Cli::tcpClientRefused()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(port)});
    QCOMPARE(run.wait(), 1);
    QVERIFY2(run.err().startsWith(u"socklab-cli: "), qPrintable(run.err()));
    QVERIFY2(run.err().contains(u"refused", Qt::CaseInsensitive), qPrintable(run.err()));
    QCOMPARE(run.err().count(u'\n'), 1);
}

void tst_Cli::tcpClientStreamsStdinAndHalfCloses()
{
#ifdef Q_OS_UNIX
    // ncat's habit: a piped stdin is sent, and its end is our FIN; the server's answer to
    // that FIN (here: a count, then its close) is still printed.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int fds[2] = {-1, -1};
    QVERIFY(::pipe(fds) == 0);
    const QByteArray input = QByteArray("piped\n").repeated(1000);
    QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), input.size());
    ::close(fds[1]);
    Engine engine;
    CliRun run(&engine);
    run.app().setInputFd(fds[0]);
    run.start({u"tcp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(server.serverPort()), u"--json"_s});
    QVERIFY(server.waitForNewConnection(waitMs));
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray got;
    // The FIN arrives as the end of the stream: Qt's socket then reports disconnected.
    QTRY_VERIFY_WITH_TIMEOUT((got += peer->readAll(), got.size() == input.size()
                              && peer->state() != QAbstractSocket::ConnectedState)
                                     || got.size() > input.size(),
                             waitMs);
    QCOMPARE(got, input);
    QCOMPARE(run.wait(), 0);
    ::close(fds[0]);
    bool halfClosed = false;
    for (const QJsonObject &event : run.events(u"info"_s))
        halfClosed = halfClosed || event.value(u"message").toString().contains(u"SHUT_WR");
    QVERIFY2(halfClosed, qPrintable(run.out()));
#else
    QSKIP("stdin streaming needs a POSIX pipe");
#endif
}

void tst_Cli::udpServerMaxDatagrams()
{
    Engine engine;
    CliRun run(&engine);
    run.start({u"udp-server"_s, u"--port"_s, u"0"_s, u"--max-datagrams"_s, u"3"_s, u"--json"_s,
               u"--reply"_s, u"ok"_s});
    QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0 || run.isFinished(), waitMs);
    const quint16 port = run.listeningPort();
    QVERIFY2(port != 0, qPrintable(run.err()));

    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    for (const QByteArray &datagram : {"d1"_ba, "d\x00\xfe"_ba, "Hello Server!"_ba})
        QCOMPARE(sender.writeDatagram(datagram, QHostAddress::LocalHost, port),
                 qint64(datagram.size()));
    QCOMPARE(run.wait(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(sender.hasPendingDatagrams(), waitMs);
    QCOMPARE(sender.receiveDatagram().data(), "ok"_ba);

    const QList<QJsonObject> received = run.events(u"received"_s);
    QCOMPARE(received.size(), 3);
    const QString senderEndpoint = u"127.0.0.1:"_s + QString::number(sender.localPort());
    QStringList hex;
    for (const QJsonObject &event : received) {
        QCOMPARE(event.value(u"protocol").toString(), u"udp"_s);
        QCOMPARE(event.value(u"peer").toString(), senderEndpoint);
        hex << event.value(u"payload_hex").toString();
    }
    QCOMPARE(hex, (QStringList{u"6431"_s, u"6400fe"_s, u"48656c6c6f2053657276657221"_s}));
    QCOMPARE(received.at(1).value(u"text").toString(), u"d\u0000\uFFFD"_s);
    QCOMPARE(received.at(2).value(u"text").toString(), u"Hello Server!"_s);
}

void tst_Cli::udpClientSends()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    Engine engine;
    CliRun run(&engine);
    run.start({u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(receiver.localPort()), u"--send"_s, u"Hello Server!"_s,
               u"--count"_s, u"3"_s, u"--interval"_s, u"0"_s, u"--json"_s});
    QCOMPARE(run.wait(), 0);
    QVERIFY2(run.err().isEmpty(), qPrintable(run.err()));
    QList<QByteArray> datagrams;
    const auto drain = [&] {
        while (receiver.hasPendingDatagrams())
            datagrams << receiver.receiveDatagram().data();
    };
    connect(&receiver, &QUdpSocket::readyRead, this, drain);
    drain();
    QTRY_COMPARE_WITH_TIMEOUT(datagrams.size(), 3, waitMs);
    QCOMPARE(datagrams, QList<QByteArray>(3, "Hello Server!"_ba));
    const QList<QJsonObject> sent = run.events(u"sent"_s);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.constFirst().value(u"peer").toString(),
             u"127.0.0.1:"_s + QString::number(receiver.localPort()));
    QCOMPARE(sent.constFirst().value(u"session").toString().left(11), u"udp-client#"_s);
}

void tst_Cli::printerSaysWhetherItReadsEvents()
{
    // The command shrinks the log for a printer that never reads it: only --stats with
    // nothing reacting to the events qualifies.
    TrafficLog log;
    QString text;
    QTextStream out(&text);
    QTextStream err(&text);
    EventPrinter json(&log, EventPrinter::Format::Json, out, err);
    EventPrinter human(&log, EventPrinter::Format::Human, out, err);
    EventPrinter stats(&log, EventPrinter::Format::Stats, out, err);
    QVERIFY(json.readsEvents());
    QVERIFY(human.readsEvents());
    QVERIFY(!stats.readsEvents());
    int seen = 0;
    connect(&stats, &EventPrinter::eventPrinted, this, [&seen] { ++seen; });
    QVERIFY(stats.readsEvents());
    stats.watch(3, u"tcp-client#3"_s);
    TrafficEvent event;
    event.sessionId = 3;
    event.kind = TrafficEvent::Kind::Received;
    event.payload = "x"_ba;
    event.size = 1;
    log.append(event);
    stats.drain();
    QCOMPARE(seen, 1);
    QVERIFY(text.isEmpty()); // --stats prints no event
}

void tst_Cli::printerFormats()
{
    TrafficLog log;
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    EventPrinter printer(&log, EventPrinter::Format::Json, out, err);
    printer.watch(7, u"udp-server#7"_s);

    TrafficEvent event;
    event.timestampMs = QDateTime(QDate(2026, 11, 25), QTime(1, 2, 3, 456), Qt::UTC)
                                .toMSecsSinceEpoch();
    event.sessionId = 7;
    event.protocol = TrafficEvent::Protocol::Udp;
    event.kind = TrafficEvent::Kind::Received;
    event.local = Endpoint(QHostAddress(u"::1"_s), 60002);
    event.peer = Endpoint(QHostAddress(u"127.0.0.1"_s), 5000);
    event.payload = "A\xff\n"_ba;
    event.size = event.payload.size();
    log.append(event);
    event.sessionId = 8;  // not watched: never printed
    log.append(event);
    printer.drain();

    const QStringList lines = outText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QJsonObject object = QJsonDocument::fromJson(lines.constFirst().toUtf8()).object();
    QCOMPARE(object.value(u"time").toString(), u"2026-11-25T01:02:03.456Z"_s);
    QCOMPARE(object.value(u"session").toString(), u"udp-server#7"_s);
    QCOMPARE(object.value(u"session_id").toInt(), 7);
    QCOMPARE(object.value(u"protocol").toString(), u"udp"_s);
    QCOMPARE(object.value(u"event").toString(), u"received"_s);
    QCOMPARE(object.value(u"local").toString(), u"[::1]:60002"_s);
    QCOMPARE(object.value(u"peer").toString(), u"127.0.0.1:5000"_s);
    QCOMPARE(object.value(u"bytes").toInt(), 3);
    QCOMPARE(object.value(u"payload_hex").toString(), u"41ff0a"_s);
    QCOMPARE(object.value(u"text").toString(), u"A\uFFFD\n"_s);
    QVERIFY(errText.isEmpty());

    event.sessionId = 7;
    const QString human = printer.formatHuman(event);
    QVERIFY2(human.contains(u" udp-server#7 received [::1]:60002 <- 127.0.0.1:5000 length 3 "
                            u"\"A\\xff\\n\""),
             qPrintable(human));
}

void tst_Cli::printerReportsEvictedEvents()
{
    TrafficLog log;
    TrafficLog::Limits limits;
    limits.maxEvents = 5;
    log.setLimits(limits);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    EventPrinter printer(&log, EventPrinter::Format::Human, out, err);
    printer.watch(1, u"tcp-client#1"_s);
    for (int i = 0; i < 20; ++i) {
        TrafficEvent event;
        event.sessionId = 1;
        event.message = u"event %1"_s.arg(i);
        log.append(event);
    }
    printer.drain();
    QCOMPARE(outText.count(u'\n'), 5);
    QVERIFY(outText.contains(u"event 19"));
    QVERIFY2(errText.contains(u"(count: 15)"), qPrintable(errText));
}

namespace {

// The JSON objects of `connections` held by this process with the given local endpoint: the
// machine is shared, so a TIME-WAIT socket (no pid) of somebody else may reuse the port.
QList<QJsonObject> socketsAt(const QList<QJsonObject> &sockets, const QString &local)
{
    QList<QJsonObject> result;
    for (const QJsonObject &socket : sockets) {
        if (socket.value(u"local").toString() == local
            && socket.value(u"pid").toInteger() == QCoreApplication::applicationPid())
            result << socket;
    }
    return result;
}

QStringList runConnections(Engine *engine, const QStringList &options, QList<QJsonObject> *json)
{
    CliRun run(engine);
    run.start(QStringList{u"connections"_s} + options);
    if (run.wait() != 0)
        return {u"exit status not 0: "_s + run.err()};
    *json = run.json();
    return {};
}

} // namespace

void tst_Cli::connectionsJsonFilters()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(waitMs));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *accepted = server.nextPendingConnection();
    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
    const QString listener = u"127.0.0.1:%1"_s.arg(server.serverPort());
    const QString clientSide = u"127.0.0.1:%1"_s.arg(client.localPort());
    const QString udpLocal = u"127.0.0.1:%1"_s.arg(udp.localPort());
    Engine engine;

    QList<QJsonObject> all;
    QCOMPARE(runConnections(&engine, {u"--all"_s, u"--json"_s}, &all), QStringList());
    const QList<QJsonObject> listening = socketsAt(all, listener);
    QCOMPARE(listening.size(), 2); // the listener and the accepted side
    bool sawListener = false;
    for (const QJsonObject &socket : listening) {
        QCOMPARE(socket.value(u"protocol").toString(), u"tcp"_s);
        QCOMPARE(socket.value(u"family").toString(), u"ipv4"_s);
        QCOMPARE(socket.value(u"pid").toInteger(), QCoreApplication::applicationPid());
        QVERIFY(!socket.value(u"process").toString().isEmpty());
        QCOMPARE(socket.value(u"own").toBool(), true);
        QVERIFY(socket.value(u"inode").toInteger() > 0);
        QVERIFY(socket.contains(u"recv_q"));
        QVERIFY(socket.contains(u"send_q"));
        QVERIFY(socket.contains(u"uid"));
        if (socket.value(u"state").toString() == u"LISTEN") {
            sawListener = true;
            QCOMPARE(socket.value(u"remote").toString(), u"0.0.0.0:0"_s);
        } else {
            QCOMPARE(socket.value(u"state").toString(), u"ESTABLISHED"_s);
            QCOMPARE(socket.value(u"remote").toString(), clientSide);
        }
    }
    QVERIFY(sawListener);
    QCOMPARE(socketsAt(all, udpLocal).size(), 1);
    QCOMPARE(socketsAt(all, udpLocal).constFirst().value(u"state").toString(), u"UNCONN"_s);

    // netstat's default: connected sockets only.
    QList<QJsonObject> connected;
    QCOMPARE(runConnections(&engine, {u"--json"_s}, &connected), QStringList());
    QCOMPARE(socketsAt(connected, listener).size(), 1);
    QCOMPARE(socketsAt(connected, listener).constFirst().value(u"state").toString(),
             u"ESTABLISHED"_s);
    QCOMPARE(socketsAt(connected, clientSide).size(), 1);
    QCOMPARE(socketsAt(connected, udpLocal).size(), 0);

    QList<QJsonObject> listenOnly;
    QCOMPARE(runConnections(&engine, {u"--listening"_s, u"--json"_s}, &listenOnly),
             QStringList());
    QCOMPARE(socketsAt(listenOnly, listener).size(), 1);
    QCOMPARE(socketsAt(listenOnly, clientSide).size(), 0);
    QCOMPARE(socketsAt(listenOnly, udpLocal).size(), 1);

    QList<QJsonObject> udpOnly;
    QCOMPARE(runConnections(&engine, {u"--udp"_s, u"--all"_s, u"--json"_s}, &udpOnly),
             QStringList());
    QCOMPARE(socketsAt(udpOnly, udpLocal).size(), 1);
    for (const QJsonObject &socket : udpOnly)
        QCOMPARE(socket.value(u"protocol").toString(), u"udp"_s);

    QList<QJsonObject> tcpOnly;
    QCOMPARE(runConnections(&engine, {u"--tcp"_s, u"--listening"_s, u"--json"_s}, &tcpOnly),
             QStringList());
    QCOMPARE(socketsAt(tcpOnly, listener).size(), 1);
    QCOMPARE(socketsAt(tcpOnly, udpLocal).size(), 0);
    delete accepted;
}

void tst_Cli::connectionsHumanColumns()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    CliRun run(&engine);
    run.start({u"connections"_s, u"--listening"_s, u"--tcp"_s});
    QCOMPARE(run.wait(), 0);
    const QStringList lines = run.outLines();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constFirst(), ConnectionsCommand::humanHeader());
    const QString local = u"127.0.0.1:%1"_s.arg(server.serverPort());
    const QString pidProgram = QString::number(QCoreApplication::applicationPid()) + u'/';
    bool found = false;
    for (const QString &line : lines) {
        if (!line.contains(local))
            continue;
        found = true;
        // The Send-Q of a listener is its backlog, as ss and netstat (through netlink) show.
        QVERIFY2(line.startsWith(u"tcp "), qPrintable(line));
        QCOMPARE(line.indexOf(local), lines.constFirst().indexOf(u"Local Address"));
        QVERIFY2(line.contains(u"0.0.0.0:*"), qPrintable(line));
        QVERIFY2(line.contains(u" LISTEN      " + pidProgram), qPrintable(line));
        // Every line lines up under the header's columns.
        QCOMPARE(line.indexOf(u"LISTEN"), lines.constFirst().indexOf(u"State"));
    }
    QVERIFY(found);

    // A wildcard foreign port is printed as netstat does; IPv6 keeps its brackets.
    SocketRecord record;
    record.protocol = SocketRecord::Protocol::Udp;
    record.family = SocketRecord::Family::IPv6;
    record.local = Endpoint(QHostAddress(u"::1"_s), 60002);
    record.remote = Endpoint(QHostAddress(u"::"_s), 0);
    record.state = SocketRecord::State::Close;
    record.recvQ = 832;
    QCOMPARE(ConnectionsCommand::formatHuman(record),
             u"udp6     832      0 [::1]:60002             [::]:*                  UNCONN      -"_s);
    const QJsonObject json
            = QJsonDocument::fromJson(ConnectionsCommand::formatJson(record).toUtf8()).object();
    QCOMPARE(json.value(u"state").toString(), u"UNCONN"_s);
    QCOMPARE(json.value(u"family").toString(), u"ipv6"_s);
    QVERIFY(json.value(u"pid").isNull());
    QVERIFY(json.value(u"process").isNull());
    QCOMPARE(json.value(u"own").toBool(), false);
    QCOMPARE(json.value(u"recv_q").toInteger(), 832);
    QCOMPARE(json.value(u"remote").toString(), u"[::]:0"_s);
    QVERIFY(json.value(u"timer_ms").isNull());

    // A process may name itself anything: the JSON stays valid and exact.
    record.pid = 4242;
    record.process = u"a\"b\\c\nd\x01e日本"_s;
    record.inode = 123456789012ULL;
    record.isOwn = true;
    record.timerMs = 41'000;
    QJsonParseError error;
    const QJsonObject named = QJsonDocument::fromJson(
            ConnectionsCommand::formatJson(record).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(named.value(u"process").toString(), record.process);
    QCOMPARE(named.value(u"pid").toInteger(), 4242);
    QCOMPARE(named.value(u"own").toBool(), true);
    QCOMPARE(named.value(u"inode").toInteger(), 123456789012LL);
    QCOMPARE(named.value(u"timer_ms").toInteger(), 41'000);
    QCOMPARE(named.keys().size(), 13);
}

void tst_Cli::printerMarksTruncatedPayloads()
{
    // A payload larger than the log's cap keeps a prefix; the output says so, never silently.
    for (const EventPrinter::Format format :
         {EventPrinter::Format::Human, EventPrinter::Format::Json}) {
        TrafficLog log;
        TrafficLog::Limits limits;
        limits.maxPayloadBytes = 4;
        log.setLimits(limits);
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        EventPrinter printer(&log, format, out, err);
        printer.watch(1, u"tcp-server#1"_s);
        TrafficEvent event;
        event.sessionId = 1;
        event.kind = TrafficEvent::Kind::Received;
        event.payload = QByteArray("0123456789");
        event.size = event.payload.size();
        log.append(event);
        printer.drain();
        out.flush();
        if (format == EventPrinter::Format::Human) {
            QVERIFY2(outText.contains(u"length 10"_s), qPrintable(outText));
            QVERIFY2(outText.contains(u"[truncated: 4 of 10 bytes kept]"_s), qPrintable(outText));
        } else {
            const QJsonObject json = QJsonDocument::fromJson(outText.toUtf8()).object();
            QCOMPARE(json.value(u"bytes").toInt(), 10);
            QCOMPARE(json.value(u"payload_hex").toString(), u"30313233"_s);
            QCOMPARE(json.value(u"truncated").toBool(), true);
        }
    }
}

void tst_Cli::udpServerStatsSummaryIsExact_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("human") << false;
    QTest::newRow("json") << true;
}

void tst_Cli::udpServerStatsSummaryIsExact()
{
    QFETCH(bool, json);
    constexpr int count = 500;
    Engine engine;
    engine.log()->setLimits({10, 1024}); // the summary comes from counters, not held events
    CliRun run(&engine);
    QStringList arguments{u"udp-server"_s, u"--port"_s, u"0"_s, u"--stats"_s,
                          u"--max-datagrams"_s, QString::number(count)};
    if (json)
        arguments << u"--json"_s;
    run.start(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(boundUdpPort(engine) != 0 || run.isFinished(), waitMs);
    const quint16 port = boundUdpPort(engine);
    QVERIFY2(port != 0, qPrintable(run.err()));

    QUdpSocket sender;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray datagram(i % 97, 'a' + i % 26);
        QCOMPARE(sender.writeDatagram(datagram, QHostAddress::LocalHost, port),
                 qint64(datagram.size()));
        bytes += datagram.size();
        if (i % 50 == 49) // let the server drain: the count is exact only if none was dropped
            QTRY_VERIFY_WITH_TIMEOUT(
                    engine.log()->totals().messagesIn >= quint64(i + 1), waitMs);
    }
    QCOMPARE(run.wait(), 0);
    QVERIFY2(run.err().isEmpty(), qPrintable(run.err()));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 1); // no event lines, only the summary
    if (json) {
        const QList<QJsonObject> objects = run.json();
        QCOMPARE(objects.size(), 1);
        const QJsonObject summary = objects.first();
        QCOMPARE(summary.value(u"event").toString(), u"summary"_s);
        QCOMPARE(summary.value(u"session").toString(), u"udp-server#1"_s);
        QCOMPARE(summary.value(u"messages_in").toInteger(), count);
        QCOMPARE(summary.value(u"bytes_in").toInteger(), bytes);
        QCOMPARE(summary.value(u"messages_out").toInteger(), 0);
        QCOMPARE(summary.value(u"errors").toInteger(), 0);
    } else {
        QCOMPARE(lines.first(),
                 u"udp-server#1: received %1 messages (%2 bytes), sent 0 messages (0 bytes), "
                 u"0 connections, 0 errors"_s.arg(count).arg(bytes));
    }
}

void tst_Cli::tcpServerStatsSummaryIsExact()
{
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-server"_s, u"--port"_s, u"0"_s, u"--stats"_s, u"--max-connections"_s,
               u"2"_s, u"--greeting"_s, u"hi"_s});
    QTRY_VERIFY_WITH_TIMEOUT(boundTcpPort(engine) != 0 || run.isFinished(), waitMs);
    const quint16 port = boundTcpPort(engine);
    QVERIFY2(port != 0, qPrintable(run.err()));
    qint64 sent = 0;
    for (int client = 0; client < 2; ++client) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(waitMs));
        const QByteArray data(100'000 + client, 'x');
        socket.write(data);
        QVERIFY(socket.waitForBytesWritten(waitMs));
        sent += data.size();
        QTRY_VERIFY_WITH_TIMEOUT(engine.log()->totals().bytesIn == quint64(sent), waitMs);
        socket.disconnectFromHost();
    }
    QCOMPARE(run.wait(), 0);
    const QString summary = run.out().trimmed();
    QVERIFY2(summary.startsWith(u"tcp-server#1: received "_s), qPrintable(summary));
    QVERIFY2(summary.contains(u" messages (%1 bytes), sent 2 messages (4 bytes), 2 connections, "
                              u"0 errors"_s.arg(sent)),
             qPrintable(summary));
}

void tst_Cli::jsonOutputHoldsATcpFloodBack()
{
    Engine engine;
    // A log of 1 MiB: the printer, writing each 64 KiB block as JSON on this thread, falls
    // behind an 8 MiB flood by more than that; unpaced, the log evicted what it had not printed.
    TrafficLog::Limits limits = engine.log()->limits();
    limits.maxPayloadBytes = 1024 * 1024;
    engine.log()->setLimits(limits);
    CliRun run(&engine);
    run.start({u"tcp-server"_s, u"--port"_s, u"0"_s, u"--json"_s, u"--max-connections"_s,
               u"1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(boundTcpPort(engine) != 0 || run.isFinished(), waitMs);
    const quint16 port = boundTcpPort(engine);
    QVERIFY2(port != 0, qPrintable(run.err()));

    // A plain blocking sender on its own thread, so that this one keeps printing.
    constexpr qint64 total = 8 * 1024 * 1024;
    qint64 sent = -1;
    std::thread sender([port, &sent] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
            ::close(fd);
            return;
        }
        const QByteArray block(64 * 1024, 'f');
        qint64 done = 0;
        while (done < total) {
            const ssize_t n = ::send(fd, block.constData(), size_t(block.size()), 0);
            if (n <= 0)
                break;
            done += n;
        }
        ::close(fd);
        sent = done;
    });
    const int status = run.wait(60'000);
    sender.join();
    QCOMPARE(sent, total);
    QCOMPARE(status, 0);
    QVERIFY2(!run.err().contains(u"gap"_s), qPrintable(run.err()));
    qint64 printed = 0;
    for (const QJsonObject &event : run.events(u"received"_s))
        printed += event.value(u"bytes").toInteger();
    QCOMPARE(printed, total);
}

void tst_Cli::udpServerReportsReceiveBuffer()
{
    Engine engine;
    CliRun run(&engine);
    run.start({u"udp-server"_s, u"--port"_s, u"0"_s, u"--json"_s, u"--rcvbuf"_s,
               u"2147483647"_s});
    QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0 || run.isFinished(), waitMs);
    run.app().interrupt();
    QCOMPARE(run.wait(), 0);
    QStringList messages;
    for (const QJsonObject &event : run.events(u"info"_s))
        messages << event.value(u"message").toString();
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"setsockopt(SO_RCVBUF, 2147483647) -> the kernel reports "_s),
             qPrintable(all));
    // No kernel grants 2 GiB by default: the cap is said in one sentence.
    QVERIFY2(all.contains(u"The kernel capped the receive buffer below the 2147483647 bytes"_s),
             qPrintable(all));
}

void tst_Cli::logFileHasEveryEvent()
{
    constexpr int count = 300;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"udp.jsonl"_s);
    Engine engine;
    engine.log()->setLimits({5, 1024}); // the file must not depend on what the ring holds
    CliRun run(&engine);
    run.start({u"udp-server"_s, u"--port"_s, u"0"_s, u"--stats"_s, u"--max-datagrams"_s,
               QString::number(count), u"--log-file"_s, path});
    QTRY_VERIFY_WITH_TIMEOUT(boundUdpPort(engine) != 0 || run.isFinished(), waitMs);
    const quint16 port = boundUdpPort(engine);
    QVERIFY2(port != 0, qPrintable(run.err()));
    QUdpSocket sender;
    for (int i = 0; i < count; ++i) {
        QCOMPARE(sender.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, port),
                 qint64(QByteArray::number(i).size()));
        if (i % 50 == 49)
            QTRY_VERIFY_WITH_TIMEOUT(
                    engine.log()->totals().messagesIn >= quint64(i + 1), waitMs);
    }
    QCOMPARE(run.wait(), 0);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList received;
    qint64 lastSequence = 0;
    int lines = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        ++lines;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QCOMPARE(event.value(u"sequence").toInteger(), lastSequence + 1);
        lastSequence = event.value(u"sequence").toInteger();
        if (event.value(u"event").toString() == u"received")
            received << event.value(u"text").toString();
    }
    QCOMPARE(quint64(lines), engine.log()->lastSequence()); // every event of the run
    QCOMPARE(received.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(received.at(i), QString::number(i));
}

void tst_Cli::logFileOnAFullDiskFails()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full here");
    Engine engine;
    CliRun run(&engine);
    run.start({u"udp-server"_s, u"--port"_s, u"0"_s, u"--max-datagrams"_s, u"1"_s,
               u"--log-file"_s, u"/dev/full"_s});
    QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0 || run.isFinished(), waitMs);
    QUdpSocket sender;
    sender.writeDatagram("x", QHostAddress::LocalHost, run.listeningPort());
    QCOMPARE(run.wait(), 1);
    QVERIFY2(run.err().contains(u"Writing the log file \"/dev/full\" failed"_s),
             qPrintable(run.err()));
}

void tst_Cli::fileInputsAreCappedOrRefused()
{
    // The core helper on its own: a stream is cut at the limit, a regular file is judged by size.
    QString error;
    const InputFile::Limit limit = InputFile::udpLimit(QAbstractSocket::IPv4Protocol);
    QCOMPARE(limit.bytes, 65507);
    QCOMPARE(InputFile::udpLimit(QAbstractSocket::IPv6Protocol).bytes, 65527);
    if (QFile::exists(u"/dev/zero"_s)) {
        QVERIFY(!InputFile::read(u"/dev/zero"_s, limit, &error));
        QVERIFY2(error.contains(u"65507"_s), qPrintable(error));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString largest = dir.filePath(u"largest.bin"_s);
    const QString tooLarge = dir.filePath(u"too-large.bin"_s);
    for (const auto &[path, size] : {std::pair{largest, limit.bytes},
                                     std::pair{tooLarge, limit.bytes + 1}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size));
    }
    QCOMPARE(InputFile::read(largest, limit, &error).value_or(QByteArray()).size(), limit.bytes);
    QVERIFY(!InputFile::read(tooLarge, limit, &error));
    QVERIFY2(error.contains(u"65508 bytes"_s), qPrintable(error));

    // Through the CLI: exit 2, one sentence, and the command does not block on a FIFO.
    Engine engine;
    QStringList commands{u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"9"_s,
                         u"--file"_s, tooLarge};
#ifdef Q_OS_UNIX
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
#endif
    const QList<std::pair<QStringList, QString>> cases{
        {commands, u"65507"_s},
#ifdef Q_OS_UNIX
        {commands.mid(0, 6) + QStringList{fifo}, u"no process has it open for writing"_s},
        {QStringList{u"udp-server"_s, u"--port"_s, u"0"_s, u"--log-file"_s, fifo},
         u"No process is reading the FIFO"_s},
#endif
    };
    for (const auto &[arguments, expected] : cases) {
        CliRun run(&engine);
        run.start(arguments);
        QCOMPARE(run.wait(), 2);
        QVERIFY2(run.err().contains(expected), qPrintable(run.err()));
        QCOMPARE(run.err().count(u'\n'), 1);
        QVERIFY(run.out().isEmpty());
    }
}

void tst_Cli::sameFileForInputAndLogIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data.bin"_s);
    {
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    QStringList names{data, dir.filePath(u"./data.bin"_s)};
#ifdef Q_OS_UNIX
    const QString symlink = dir.filePath(u"symlink"_s);
    const QString hardLink = dir.filePath(u"hardlink"_s);
    QVERIFY(QFile::link(data, symlink));
    QCOMPARE(::link(QFile::encodeName(data).constData(), QFile::encodeName(hardLink).constData()),
             0);
    names << symlink << hardLink;
#endif
    QVERIFY(!OutputPath::isSameFile(data, dir.filePath(u"other"_s)));
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    Engine engine;
    for (const QString &log : std::as_const(names)) {
        QVERIFY(OutputPath::isSameFile(log, data));
        CliRun run(&engine);
        run.start({u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                   QString::number(receiver.localPort()), u"--file"_s, data, u"--log-file"_s,
                   log});
        QCOMPARE(run.wait(), 2);
        QVERIFY2(run.err().contains(u"same file"_s), qPrintable(run.err()));
        QCOMPARE(run.err().count(u'\n'), 1);
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "precious"_ba);
    }
    QVERIFY(!receiver.hasPendingDatagrams());
}

void tst_Cli::stdoutFailureKeepsTheCommandRunning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(u"log.jsonl"_s);
    Engine engine;
    CliRun run(&engine);
    run.failStdout();
    run.start({u"udp-server"_s, u"--port"_s, u"0"_s, u"--max-datagrams"_s, u"3"_s, u"--json"_s,
               u"--log-file"_s, log});
    QTRY_VERIFY_WITH_TIMEOUT(boundUdpPort(engine) != 0 || run.isFinished(), waitMs);
    const quint16 port = boundUdpPort(engine);
    QVERIFY2(port != 0, qPrintable(run.err()));
    QUdpSocket sender;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sender.writeDatagram("x", QHostAddress::LocalHost, port), 1);
    // The printer still reads the events: --max-datagrams still ends the server.
    QCOMPARE(run.wait(), 1);
    QCOMPARE(run.err().count(u"standard output"_s), 1);
    QCOMPARE(run.err().count(u'\n'), 1);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\"event\":\"received\""), 3);
}

void tst_Cli::interruptedClientsExitWithTheSignal()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    {
        CliRun run(&engine);
        run.start({u"tcp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                   QString::number(server.serverPort()), u"--timeout"_s, u"60000"_s});
        QTRY_VERIFY_WITH_TIMEOUT(run.out().contains(u" connected "_s), waitMs);
        run.app().interrupt(SIGINT);
        QCOMPARE(run.wait(), 130);
    }
    {
        CliRun run(&engine);
        run.start({u"udp-client"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"9"_s,
                   u"--send"_s, u"x"_s, u"--count"_s, u"3"_s, u"--interval"_s, u"60000"_s});
        QTRY_VERIFY_WITH_TIMEOUT(run.out().contains(u" sent "_s), waitMs);
        run.app().interrupt(SIGTERM);
        QCOMPARE(run.wait(), 128 + SIGTERM);
    }
    {
        // A server's job is to run until stopped: 0.
        CliRun run(&engine);
        run.start({u"udp-server"_s, u"--port"_s, u"0"_s});
        QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0, waitMs);
        run.app().interrupt(SIGINT);
        QCOMPARE(run.wait(), 0);
    }
}

void tst_Cli::connectionsEscapesProcessNames()
{
    SocketRecord record;
    record.protocol = SocketRecord::Protocol::Tcp;
    record.family = SocketRecord::Family::IPv4;
    record.local = Endpoint(QHostAddress(u"127.0.0.1"_s), 60001);
    record.remote = Endpoint(QHostAddress(u"0.0.0.0"_s), 0);
    record.state = SocketRecord::State::Listen;
    record.pid = 4242;
    record.process = u"\x1b[31mevil\x07\u009b"_s;
    const QString human = ConnectionsCommand::formatHuman(record);
    QVERIFY2(human.endsWith(u"4242/\\x1b[31mevil\\x07\\xc2\\x9b"_s), qPrintable(human));
    for (const QChar c : human)
        QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f),
                 qPrintable(human));
    const QJsonObject json
            = QJsonDocument::fromJson(ConnectionsCommand::formatJson(record).toUtf8()).object();
    QCOMPARE(json.value(u"process").toString(), record.process);
    QVERIFY2(ConnectionsCommand::formatJson(record).contains(u"\\u001b[31mevil\\u0007\\u009b"_s),
             qPrintable(ConnectionsCommand::formatJson(record)));
}

void tst_Cli::mappedBindAddressBindsIpv4WithANote()
{
    Engine engine;
    CliRun run(&engine);
    run.start({u"tcp-server"_s, u"--bind"_s, u"::ffff:127.0.0.1"_s, u"--port"_s, u"0"_s});
    QTRY_VERIFY_WITH_TIMEOUT(run.listeningPort() != 0 || run.isFinished(), waitMs);
    QVERIFY2(run.listeningPort() != 0, qPrintable(run.err() + run.out()));
    QVERIFY2(run.err().contains(u"binding 127.0.0.1"_s), qPrintable(run.err()));
    QCOMPARE(run.err().count(u'\n'), 1);
    run.app().interrupt();
    QCOMPARE(run.wait(), 0);
}

// Terminal columns, for messages list: kana and kanji two each, combining marks none.
void tst_Cli::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << u"Heartbeat UDP"_s << 13;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("katakana and kanji") << u"温度センサー"_s << 12;
    QTest::newRow("mixed") << u"テスト ping"_s << 11;
    QTest::newRow("halfwidth katakana") << u"ｾﾝｻｰ"_s << 4;
    QTest::newRow("fullwidth digits") << u"１２３"_s << 6;
    QTest::newRow("hangul") << u"한국어"_s << 6;
    QTest::newRow("ideographic space") << u"\u3000"_s << 2;
    QTest::newRow("combining voiced mark") << u"\u30AB\u3099"_s << 2; // カ + ゙
    QTest::newRow("combining acute") << u"e\u0301"_s << 1;
    QTest::newRow("zero-width space") << u"a\u200Bb"_s << 2;
    QTest::newRow("extension B (surrogate pair)") << u"\U00020B9F"_s << 2; // 𠮟
    QTest::newRow("emoji") << u"\U0001F600"_s << 2;
    QTest::newRow("greek (ambiguous) is narrow") << u"αβ"_s << 2;
}

void tst_Cli::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(DisplayWidth::of(text), width);
    const QString padded = DisplayWidth::padded(text, 16);
    QCOMPARE(DisplayWidth::of(padded), std::max(16, width));
    QVERIFY(padded.startsWith(text));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
