// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/tcpclientsession.h"
#include "eventsofkind.h"
#include "net/socketnarration.h"
#include "log/trafficlog.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A listening socket nobody accepts from: connections complete in the kernel's backlog and
// nothing ever reads them, like a server that does not read.
class DeafListener
{
public:
    DeafListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 64 * 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 4);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~DeafListener() { ::close(m_fd); }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

bool hasMessage(const TrafficLog &log, TrafficEvent::Kind kind, const QString &part)
{
    for (const TrafficEvent &event : eventsOfKind(log, kind)) {
        if (event.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestTcpClientSession : public QObject
{
    Q_OBJECT

private slots:
    void connectsSendsAndReceives();
    void resolvesLocalhostToIpv4First();
    void refusedIsOneClearSentence();
    void unresolvableHost();
    void connectTimesOut();
    void peerCloseIsNotAnError();
    void peerResetIsAnError();
    void bigStreamArrivesWholeInBlocks();
    void sendWhileUnconnectedFails();
    void bracketedIpv6Literal();
    void sendWhileConnectingIsWrittenOnceConnected();
    void peerThatHalfClosesAtOnceStillGetsOurData();
    void peerThatClosesAtOnceIsAlwaysTheSameFailure();
    void disconnectResetsANonReaderAfterTheGrace();
    void secondDisconnectResetsAtOnce();
    void failedConnectDoesNotBlameAReset();
};

void TestTcpClientSession::connectsSendsAndReceives()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE(connected.count(), 1);
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    QCOMPARE(client.state(), TcpClientSession::State::Connected);
    QCOMPARE(client.peerEndpoint().port(), server.serverPort());
    QCOMPARE(client.localEndpoint().port(), peer->peerPort());

    client.send(QByteArray("hi\0there", 8));
    QTRY_COMPARE(peer->bytesAvailable(), qint64(8));
    QCOMPARE(peer->readAll(), QByteArray("hi\0there", 8));
    peer->write("Hello World!");
    QTRY_COMPARE(log.sessionCounters(1).bytesIn, 12u);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).first().payload,
             QByteArray("Hello World!"));

    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    QSignalSpy peerGone(peer, &QTcpSocket::disconnected);
    client.disconnectFromHost();
    QTRY_COMPARE(disconnected.count(), 1);
    QTRY_COMPARE(peerGone.count(), 1);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Closed).first().message,
             QStringLiteral("closed by us"));
}

void TestTcpClientSession::resolvesLocalhostToIpv4First()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("localhost"), server.serverPort());
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(client.peerEndpoint().toString(),
             QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
}

void TestTcpClientSession::refusedIsOneClearSentence()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    QCOMPARE(client.state(), TcpClientSession::State::Unconnected);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Error).size(), 1);
    // The session is reusable after a failure.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE(connected.count(), 1);
}

void TestTcpClientSession::unresolvableHost()
{
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("no-such-host.invalid"), 60001);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("could not be resolved")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("no-such-host.invalid")));
    QCOMPARE(client.state(), TcpClientSession::State::Unconnected);
}

void TestTcpClientSession::connectTimesOut()
{
    // A listener whose accept queue is full makes the kernel drop further SYNs: the connect
    // hangs, exactly like a host behind a firewall, but on loopback.
    QTcpServer full;
    full.setListenBacklogSize(0);
    QVERIFY(full.listen(QHostAddress::LocalHost, 0));
    full.pauseAccepting();
    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, full.serverPort());
    QTRY_COMPARE(filler.state(), QAbstractSocket::ConnectedState);
    QTcpSocket filler2;
    filler2.connectToHost(QHostAddress::LocalHost, full.serverPort());

    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("127.0.0.1"), full.serverPort(), 300);
    QTRY_COMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("timed out after 300 ms")), qPrintable(message));
    QCOMPARE(client.state(), TcpClientSession::State::Unconnected);
}

void TestTcpClientSession::peerCloseIsNotAnError()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *peer = server.nextPendingConnection();
        peer->write("Hello World!");
        peer->disconnectFromHost();
    });
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).first().payload,
             QByteArray("Hello World!"));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Closed).first().message,
             QStringLiteral("closed by the peer"));
}

void TestTcpClientSession::peerResetIsAnError()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QByteArray data(100'000, 'x');
    QPointer<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        peer = server.nextPendingConnection();
        peer->write(data);
    });
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE(log.sessionCounters(1).bytesIn, quint64(data.size()));

    // SO_LINGER 0 turns close() into an RST instead of a FIN.
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(static_cast<int>(peer->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &abortive, sizeof abortive),
             0);
    peer->abort();
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("connection reset by the peer")), qPrintable(message));
    QVERIFY2(eventsOfKind(log, TrafficEvent::Kind::Closed)
                     .first()
                     .message.contains(QStringLiteral("reset by the peer")),
             "the close names the reset");
    QCOMPARE(log.sessionCounters(1).bytesIn, quint64(data.size()));
    QCOMPARE(client.state(), TcpClientSession::State::Unconnected);
}

void TestTcpClientSession::bigStreamArrivesWholeInBlocks()
{
    // A plain connection is read by the session itself: 64 KiB blocks at most, every byte in
    // order, and the peer's FIN after them is an orderly close.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7 + i / 251) & 0xff);
    QPointer<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        peer = server.nextPendingConnection();
        peer->write(data);
        peer->disconnectFromHost(); // FIN once everything is written
    });
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 20000);
    QCOMPARE(errors.count(), 0);
    QByteArray received;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        QVERIFY2(event.payload.size() <= 64 * 1024, qPrintable(QString::number(event.size)));
        QCOMPARE(event.size, event.payload.size());
        received += event.payload;
    }
    QCOMPARE(received.size(), data.size());
    QVERIFY(received == data);
    QCOMPARE(log.sessionCounters(1).bytesIn, quint64(data.size()));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Closed).first().message,
             QStringLiteral("closed by the peer"));
}

void TestTcpClientSession::sendWhileUnconnectedFails()
{
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    client.send("x");
    QCOMPARE(errors.count(), 1);
    QCOMPARE(log.totals().messagesOut, 0u);
}

void TestTcpClientSession::bracketedIpv6Literal()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("This machine has no IPv6 loopback.");
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("[::1]"), server.serverPort());
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(client.peerEndpoint().toString(),
             QStringLiteral("[::1]:%1").arg(server.serverPort()));
}

void TestTcpClientSession::sendWhileConnectingIsWrittenOnceConnected()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QCOMPARE(client.state(), TcpClientSession::State::Connecting);
    client.send("first");
    QCOMPARE(client.bytesToSend(), 5);
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *peer = server.nextPendingConnection();
    QTRY_COMPARE(peer->bytesAvailable(), qint64(5));
    QCOMPARE(peer->readAll(), QByteArray("first"));
    QTRY_COMPARE(log.sessionCounters(1).messagesOut, 1u);
    QCOMPARE(client.bytesToSend(), 0);
    QCOMPARE(errors.count(), 0);
}

void TestTcpClientSession::peerThatHalfClosesAtOnceStillGetsOurData()
{
    // Like `ncat -l` with stdin from /dev/null: FIN at once, then read everything.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray got;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *peer = server.nextPendingConnection();
        ::shutdown(static_cast<int>(peer->socketDescriptor()), SHUT_WR);
        connect(peer, &QTcpSocket::readyRead, peer, [&got, peer] { got += peer->readAll(); });
    });
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    // Queued before the FIN can arrive: once the peer finished and nothing is queued, the
    // client closes too.
    const QByteArray data(1024 * 1024, 'd');
    client.send(data);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
    QTRY_COMPARE(got.size(), data.size());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(log.sessionCounters(1).bytesOut, quint64(data.size()));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Closed).first().message,
             QStringLiteral("closed by the peer"));
    // Our own close() after the peer's is shown, not left out.
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Info).last().message,
             QStringLiteral("close()"));
}

void TestTcpClientSession::peerThatClosesAtOnceIsAlwaysTheSameFailure()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *peer = server.nextPendingConnection())
            peer->close();
    });
    for (int run = 0; run < 5; ++run) {
        TrafficLog log;
        TcpClientSession client(1, &log);
        QSignalSpy errors(&client, &Session::errorOccurred);
        QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
        client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        client.send("hello");
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 10000);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("closed the connection without reading what "
                                                 "we sent")),
                 qPrintable(message));
    }
}

void TestTcpClientSession::disconnectResetsANonReaderAfterTheGrace()
{
    DeafListener deaf;
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), deaf.port());
    QTRY_COMPARE(connected.count(), 1);
    client.send(QByteArray(16 * 1024 * 1024, 'u'));
    client.disconnectFromHost();
    QVERIFY(disconnected.wait(20000));
    QVERIFY(hasMessage(log, TrafficEvent::Kind::Closed,
                       QStringLiteral("aborted: the peer did not read")));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("were never sent")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(log.sessionCounters(1).bytesOut < 16u * 1024 * 1024);
}

void TestTcpClientSession::secondDisconnectResetsAtOnce()
{
    DeafListener deaf;
    TrafficLog log;
    TcpClientSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy disconnected(&client, &TcpClientSession::disconnected);
    QSignalSpy connected(&client, &TcpClientSession::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), deaf.port());
    QTRY_COMPARE(connected.count(), 1);
    client.send(QByteArray(16 * 1024 * 1024, 'u'));
    client.disconnectFromHost();
    QCOMPARE(disconnected.count(), 0);
    client.disconnectFromHost();
    QCOMPARE(disconnected.count(), 1);
    QVERIFY(hasMessage(log, TrafficEvent::Kind::Closed, QStringLiteral("aborted by us")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("were never sent")));
}

void TestTcpClientSession::failedConnectDoesNotBlameAReset()
{
    const QString message = SocketNarration::connectionFailure(
            QAbstractSocket::NetworkError, Endpoint(QHostAddress::LocalHost, 9),
            QStringLiteral("Network unreachable"));
    QVERIFY2(!message.contains(QStringLiteral("reset")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTcpClientSession)
#include "tst_tcpclientsession.moc"
