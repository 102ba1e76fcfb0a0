#include "tcpserversession.h"
#include "eventsofkind.h"
#include "trafficlog.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

#include <memory>

namespace {

bool hasInfo(const TrafficLog &log, const QString &prefix)
{
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (event.message.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

// Sessions here live on the test's own thread: the engine's thread hop is tested elsewhere.
class TestTcpServerSession : public QObject
{
    Q_OBJECT

private slots:
    void listensOnPortZeroAndNarrates();
    void keepsManyClientsAndSendsToOneOrAll();
    void receivesWithPeerAddress();
    void tutorialGreetingThenClose();
    void stopsListeningAfterN();
    void addressInUseIsOneSentence();
    void disconnectClientAndStop();
    void echoes();
    void maxClientsClosesExcessAndLogsIt();
    void allInterfacesWarns();
    void peerResetIsReportedAsReset();
    void stopWithClientsConnectedClosesEveryone();

private:
    std::unique_ptr<QTcpSocket> connectClient(quint16 port);
};

std::unique_ptr<QTcpSocket> TestTcpServerSession::connectClient(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

void TestTcpServerSession::listensOnPortZeroAndNarrates()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy listening(&server, &TcpServerSession::listening);
    server.listen(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.count(), 1);
    QCOMPARE(server.state(), TcpServerSession::State::Listening);
    QVERIFY(server.localEndpoint().port() != 0);
    QCOMPARE(server.localEndpoint().addressString(), QStringLiteral("127.0.0.1"));
    QVERIFY(hasInfo(log, QStringLiteral("socket(AF_INET, SOCK_STREAM)")));
    QVERIFY(hasInfo(log, QStringLiteral("bind(127.0.0.1:0) -> port ")));
    QVERIFY(hasInfo(log, QStringLiteral("listen(backlog=")));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Listening).size(), 1);
}

void TestTcpServerSession::keepsManyClientsAndSendsToOneOrAll()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.localEndpoint().port();
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(connectClient(port));
        QVERIFY(clients.back());
    }
    QTRY_COMPARE(connected.count(), 3);
    QCOMPARE(server.connections().size(), 3);

    const int secondId = connected.at(1).at(0).toInt();
    server.send(secondId, "only you");
    QTRY_COMPARE(clients[1]->bytesAvailable(), qint64(8));
    QCOMPARE(clients[1]->readAll(), QByteArray("only you"));

    server.sendToAll("everyone");
    for (auto &client : clients)
        QTRY_COMPARE(client->bytesAvailable(), qint64(8));
    for (auto &client : clients)
        QCOMPARE(client->readAll(), QByteArray("everyone"));
    QCOMPARE(log.sessionCounters(1).messagesOut, 4u);
    QCOMPARE(log.sessionCounters(1).connections, 3u);
}

void TestTcpServerSession::receivesWithPeerAddress()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = static_cast<char>(i);
    client->write(all);
    QTRY_COMPARE(log.sessionCounters(1).bytesIn, 256u);
    QByteArray joined;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        joined += event.payload;
        QCOMPARE(event.peer.port(), client->localPort());
        QCOMPARE(event.peer.addressString(), QStringLiteral("127.0.0.1"));
    }
    QCOMPARE(joined, all);
}

void TestTcpServerSession::tutorialGreetingThenClose()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    server.setOptions({QByteArray("Hello World!"), true, 0, false, 1});
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    QSignalSpy closed(client.get(), &QTcpSocket::disconnected);
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(client->readAll(), QByteArray("Hello World!"));
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Closed).size(), 1);
    QCOMPARE(server.connections().size(), 0);
    QVERIFY(hasInfo(log, QStringLiteral("listen(backlog=1)")));
}

void TestTcpServerSession::stopsListeningAfterN()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    server.setOptions({QByteArray("Hello World!"), true, 5, false, 1});
    QSignalSpy finished(&server, &TcpServerSession::finished);
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.localEndpoint().port();
    for (int i = 0; i < 5; ++i) {
        auto client = connectClient(port);
        QVERIFY(client);
        QTRY_COMPARE(client->bytesAvailable(), qint64(12));
        QCOMPARE(client->readAll(), QByteArray("Hello World!"));
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(server.state(), TcpServerSession::State::Stopped);
    QCOMPARE(server.acceptedCount(), 5);
    // Like the tutorial: once the server socket is closed, a sixth client is refused.
    QTcpSocket sixth;
    QSignalSpy failed(&sixth, &QTcpSocket::errorOccurred);
    sixth.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(sixth.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestTcpServerSession::addressInUseIsOneSentence()
{
    TrafficLog log;
    TcpServerSession first(1, &log);
    first.listen(QHostAddress::LocalHost, 0);
    TcpServerSession second(2, &log);
    QSignalSpy errors(&second, &Session::errorOccurred);
    second.listen(QHostAddress::LocalHost, first.localEndpoint().port());
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("already in use")), qPrintable(message));
    QVERIFY(message.contains(first.localEndpoint().toString()));
    QCOMPARE(second.state(), TcpServerSession::State::Stopped);
    QCOMPARE(second.errorString(), message);
    QCOMPARE(log.sessionCounters(2).errors, 1u);
    // The session can try again elsewhere.
    second.listen(QHostAddress::LocalHost, 0);
    QCOMPARE(second.state(), TcpServerSession::State::Listening);
    QVERIFY(second.errorString().isEmpty());
}

void TestTcpServerSession::disconnectClientAndStop()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    QSignalSpy gone(&server, &TcpServerSession::clientDisconnected);
    QSignalSpy finished(&server, &TcpServerSession::finished);
    server.listen(QHostAddress::LocalHost, 0);
    auto a = connectClient(server.localEndpoint().port());
    auto b = connectClient(server.localEndpoint().port());
    QVERIFY(a && b);
    QTRY_COMPARE(connected.count(), 2);
    QSignalSpy aClosed(a.get(), &QTcpSocket::disconnected);
    server.disconnectClient(connected.first().first().toInt());
    QTRY_COMPARE(aClosed.count(), 1);
    QTRY_COMPARE(gone.count(), 1);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Closed).first().message,
             QStringLiteral("closed by us"));

    QSignalSpy bClosed(b.get(), &QTcpSocket::disconnected);
    server.stop();
    QTRY_COMPARE(bClosed.count(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(server.state(), TcpServerSession::State::Stopped);
    QVERIFY(server.connections().isEmpty());
}

void TestTcpServerSession::echoes()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.echo = true;
    server.setOptions(options);
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    client->write("ping\n");
    QTRY_COMPARE(client->bytesAvailable(), qint64(5));
    QCOMPARE(client->readAll(), QByteArray("ping\n"));
}

void TestTcpServerSession::maxClientsClosesExcessAndLogsIt()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    TcpServerOptions options;
    options.maxClients = 2;
    options.echo = true;
    server.setOptions(options);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.localEndpoint().port();
    auto first = connectClient(port);
    auto second = connectClient(port);
    QVERIFY(first && second);
    QTRY_COMPARE(connected.count(), 2);

    // The third is completed by the kernel, then closed by us right after accept().
    auto third = connectClient(port);
    QVERIFY(third);
    QTRY_COMPARE(server.refusedCount(), 1);
    QTRY_COMPARE(third->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(server.acceptedCount(), 2);
    QCOMPARE(server.connections().size(), 2);
    QVERIFY(hasInfo(log, QStringLiteral("at most 2 client(s) at once")));
    bool logged = false;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info))
        logged = logged || event.message.contains(QStringLiteral("2 client(s) already connected"));
    QVERIFY(logged);

    // A slot frees up when a client leaves: the next one is served.
    first->disconnectFromHost();
    QTRY_COMPARE(server.connections().size(), 1);
    auto fourth = connectClient(port);
    QVERIFY(fourth);
    QTRY_COMPARE(connected.count(), 3);
    fourth->write("still serving");
    QTRY_COMPARE(fourth->bytesAvailable(), qint64(13));
    QCOMPARE(server.refusedCount(), 1);
    QCOMPARE(log.sessionCounters(1).connections, 3u);
}

void TestTcpServerSession::allInterfacesWarns()
{
    TrafficLog log;
    TcpServerSession loopback(1, &log);
    loopback.listen(QHostAddress::LocalHost, 0);
    QVERIFY(!hasInfo(log, QStringLiteral("Warning: bound to all interfaces")));

    TcpServerSession any(2, &log);
    any.listen(QHostAddress::AnyIPv4, 0);
    QCOMPARE(any.state(), TcpServerSession::State::Listening);
    QVERIFY(hasInfo(log, QStringLiteral("Warning: bound to all interfaces (0.0.0.0)")));
}

void TestTcpServerSession::peerResetIsReportedAsReset()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    QSignalSpy disconnected(&server, &TcpServerSession::clientDisconnected);
    server.listen(QHostAddress::LocalHost, 0);
    auto client = connectClient(server.localEndpoint().port());
    QVERIFY(client);
    QTRY_COMPARE(connected.count(), 1);
    client->write("before the reset");
    QTRY_COMPARE(log.sessionCounters(1).bytesIn, 16u);

    // SO_LINGER 0 turns close() into an RST instead of a FIN.
    const linger abortive{1, 0};
    QCOMPARE(::setsockopt(static_cast<int>(client->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                          &abortive, sizeof abortive),
             0);
    client->abort();
    QTRY_COMPARE(disconnected.count(), 1);
    const QList<TrafficEvent> closed = eventsOfKind(log, TrafficEvent::Kind::Closed);
    QCOMPARE(closed.size(), 1);
    QVERIFY2(closed.first().message.contains(QStringLiteral("reset by the peer")),
             qPrintable(closed.first().message));
    QCOMPARE(log.sessionCounters(1).bytesIn, 16u);

    // The server is unharmed.
    auto next = connectClient(server.localEndpoint().port());
    QVERIFY(next);
    QTRY_COMPARE(connected.count(), 2);
}

void TestTcpServerSession::stopWithClientsConnectedClosesEveryone()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    QSignalSpy finished(&server, &Session::finished);
    server.listen(QHostAddress::LocalHost, 0);
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(connectClient(server.localEndpoint().port()));
        QVERIFY(clients.back());
    }
    QTRY_COMPARE(connected.count(), 3);
    server.stop();
    for (auto &client : clients)
        QTRY_COMPARE(client->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(server.state(), TcpServerSession::State::Stopped);
    const QList<TrafficEvent> closed = eventsOfKind(log, TrafficEvent::Kind::Closed);
    QCOMPARE(closed.size(), 3);
    for (const TrafficEvent &event : closed)
        QCOMPARE(event.message, QStringLiteral("closed by us"));
    QCOMPARE(log.sessionCounters(1).errors, 0u);
}

QTEST_GUILESS_MAIN(TestTcpServerSession)
#include "tst_tcpserversession.moc"
