// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsofkind.h"
#include "log/trafficlog.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// The TCP sessions with framing on, over loopback: one Received event per message, its
// recv() chunks in the event's message, partial messages before the close, oversize errors.
namespace {

FrameSpec specOf(const QString &text)
{
    QString error;
    const std::optional<FrameSpec> spec = FrameSpec::parse(text, &error);
    if (!spec)
        qFatal("bad spec in test: %s", qPrintable(error));
    return *spec;
}

QList<QByteArray> payloads(const TrafficLog &log, TrafficEvent::Kind kind)
{
    QList<QByteArray> result;
    for (const TrafficEvent &event : eventsOfKind(log, kind))
        result << event.payload;
    return result;
}

QStringList messages(const TrafficLog &log, TrafficEvent::Kind kind)
{
    QStringList result;
    for (const TrafficEvent &event : eventsOfKind(log, kind))
        result << event.message;
    return result;
}

// Sequence number of the first event of a kind (0: none).
quint64 firstOfKind(const TrafficLog &log, TrafficEvent::Kind kind)
{
    const QList<TrafficEvent> events = eventsOfKind(log, kind);
    return events.isEmpty() ? 0 : events.first().sequence;
}

std::unique_ptr<QTcpSocket> connectClient(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

} // namespace

class TestFramedSessions : public QObject
{
    Q_OBJECT

private slots:
    void serverLogsAndEchoesOneRowPerMessage();
    void serverLogsAPartialMessageBeforeTheClose();
    void serverOversizeLengthIsAnErrorNotAFailure();
    void serverIdleGapEndsAMessage();
    void clientLogsMessagesAndAPartialBeforeTheClose();
};

void TestFramedSessions::serverLogsAndEchoesOneRowPerMessage()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.echo = true;
    options.framing = specOf(QStringLiteral("delimiter:\\r\\n"));
    server.setOptions(options);
    server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(messages(log, TrafficEvent::Kind::Info)
                    .contains(QStringLiteral("framing: messages end with \\r\\n, at most "
                                             "1048576 bytes each")));
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    // The first write carries a whole message and the start of the next; the second ends it.
    client->write("one\r\ntw");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 1);
    client->write("o\r\n");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 2);
    QCOMPARE(payloads(log, TrafficEvent::Kind::Received),
             (QList<QByteArray>{"one\r\n", "two\r\n"}));
    QCOMPARE(messages(log, TrafficEvent::Kind::Received),
             (QStringList{QStringLiteral("recv() x1: part of a 7-byte chunk"),
                          QStringLiteral("recv() x2: 2 + 3 bytes")}));
    // The counters count messages, the echo answers each one.
    QCOMPARE(log.sessionCounters(1).messagesIn, 2u);
    QTRY_COMPARE(client->bytesAvailable(), qint64(10));
    QCOMPARE(client->readAll(), QByteArray("one\r\ntwo\r\n"));
    QCOMPARE(payloads(log, TrafficEvent::Kind::Sent), (QList<QByteArray>{"one\r\n", "two\r\n"}));
}

void TestFramedSessions::serverLogsAPartialMessageBeforeTheClose()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.echo = true;
    options.framing = specOf(QStringLiteral("delimiter:\\n"));
    server.setOptions(options);
    QSignalSpy gone(&server, &TcpServerSession::clientDisconnected);
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    client->write("line\nhalf");
    client->disconnectFromHost();
    QTRY_COMPARE(gone.count(), 1);
    QCOMPARE(payloads(log, TrafficEvent::Kind::Received),
             (QList<QByteArray>{"line\n", "half"}));
    QVERIFY2(messages(log, TrafficEvent::Kind::Received)
                     .last()
                     .startsWith(QStringLiteral("partial message at close: 4 byte(s), no "
                                                "delimiter")),
             qPrintable(messages(log, TrafficEvent::Kind::Received).last()));
    // Logged before the close, and never answered.
    const quint64 partial = eventsOfKind(log, TrafficEvent::Kind::Received).last().sequence;
    QVERIFY(firstOfKind(log, TrafficEvent::Kind::Closed) > partial);
    QVERIFY(!payloads(log, TrafficEvent::Kind::Sent).contains("half"));
}

void TestFramedSessions::serverOversizeLengthIsAnErrorNotAFailure()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.framing = specOf(QStringLiteral("length:2be,max=8"));
    server.setOptions(options);
    QSignalSpy failures(&server, &Session::errorOccurred);
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    const QByteArray stream = QByteArray("\x00\x02ok\x00\x20", 6) + QByteArray(32, 'z');
    client->write(stream);
    QTRY_COMPARE(log.sessionCounters(1).bytesIn, quint64(stream.size()));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Error).size(), 1);
    QVERIFY(eventsOfKind(log, TrafficEvent::Kind::Error).first().message.contains(
            QStringLiteral("max=8 bytes")));
    QCOMPARE(payloads(log, TrafficEvent::Kind::Received).first(), QByteArray("\x00\x02ok", 4));
    QCOMPARE(payloads(log, TrafficEvent::Kind::Received).mid(1).join(), stream.mid(4));
    QCOMPARE(failures.count(), 0);
    QVERIFY(server.errorString().isEmpty());
}

void TestFramedSessions::serverIdleGapEndsAMessage()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.echo = true;
    options.framing = specOf(QStringLiteral("idle:20"));
    server.setOptions(options);
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    client->write("hello");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 1);
    QCOMPARE(payloads(log, TrafficEvent::Kind::Received).first(), QByteArray("hello"));
    QTRY_COMPARE(client->bytesAvailable(), qint64(5)); // answered as one message
    client->write("again");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 2);
}

void TestFramedSessions::clientLogsMessagesAndAPartialBeforeTheClose()
{
    QTcpServer peerServer;
    QVERIFY(peerServer.listen(QHostAddress::LocalHost, 0));
    TrafficLog log;
    TcpClientSession client(1, &log);
    client.setFraming(specOf(QStringLiteral("fixed:4")));
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    client.connectToHost(QStringLiteral("127.0.0.1"), peerServer.serverPort());
    QTRY_VERIFY(peerServer.hasPendingConnections());
    QTcpSocket *peer = peerServer.nextPendingConnection();
    peer->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    peer->write("abcdef");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 1);
    peer->write("gh12");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 2);
    peer->write("3");
    peer->disconnectFromHost();
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(payloads(log, TrafficEvent::Kind::Received),
             (QList<QByteArray>{"abcd", "efgh", "123"}));
    QCOMPARE(messages(log, TrafficEvent::Kind::Received).at(1),
             QStringLiteral("recv() x2: 2 + 2 bytes"));
    QCOMPARE(messages(log, TrafficEvent::Kind::Received).at(2).left(40),
             QStringLiteral("partial message at close: 3 of 4 bytes; "));
    const quint64 partial = eventsOfKind(log, TrafficEvent::Kind::Received).last().sequence;
    QVERIFY(firstOfKind(log, TrafficEvent::Kind::Closed) > partial);
    QVERIFY(messages(log, TrafficEvent::Kind::Info)
                    .contains(QStringLiteral("framing: messages of 4 byte(s), at most 1048576 "
                                             "bytes each")));
}

QTEST_MAIN(TestFramedSessions)
#include "tst_framedsessions.moc"
