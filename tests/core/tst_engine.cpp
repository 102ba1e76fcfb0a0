#include "engine.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "udpsession.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

// The engine's promise: sessions live on the network thread, and their verbs may be called
// from the GUI (here: the test) thread.
class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void sessionsLiveOnTheNetworkThread();
    void verbsHopThreadsAndSignalsArriveQueued();
    void removeAndShutdownAreClean();
};

void TestEngine::sessionsLiveOnTheNetworkThread()
{
    Engine engine;
    TcpServerSession *server = engine.createTcpServer();
    UdpSession *udp = engine.createUdp();
    QVERIFY(engine.networkThread() != QThread::currentThread());
    QCOMPARE(server->thread(), engine.networkThread());
    QCOMPARE(udp->thread(), engine.networkThread());
    QVERIFY(server->id() != udp->id());
    QCOMPARE(engine.sessions().size(), 2);
}

void TestEngine::verbsHopThreadsAndSignalsArriveQueued()
{
    Engine engine;
    TcpServerSession *server = engine.createTcpServer();
    TcpClientSession *client = engine.createTcpClient();
    // QSignalSpy would record from the network thread; relay through this thread instead.
    QList<Endpoint> listening;
    QThread *listeningThread = nullptr;
    connect(server, &TcpServerSession::listening, this, [&](const Endpoint &local) {
        listening << local;
        listeningThread = QThread::currentThread();
    });
    int connected = 0;
    connect(client, &TcpClientSession::connected, this, [&] { ++connected; });

    server->listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(listening.size(), 1);
    QCOMPARE(listeningThread, QThread::currentThread());
    QCOMPARE(server->state(), TcpServerSession::State::Listening);

    client->connectToHost(QStringLiteral("127.0.0.1"), listening.first().port());
    QTRY_COMPARE(connected, 1);
    client->send("across threads");
    QTRY_COMPARE(engine.log()->sessionCounters(server->id()).bytesIn, 14u);
}

void TestEngine::removeAndShutdownAreClean()
{
    auto engine = std::make_unique<Engine>();
    TcpServerSession *server = engine->createTcpServer();
    QPointer<TcpServerSession> watch(server);
    server->listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(server->state(), TcpServerSession::State::Listening);
    engine->removeSession(server);
    QTRY_VERIFY(watch.isNull());
    QCOMPARE(engine->sessions().size(), 0);

    // Destroying the engine with live sockets must neither hang nor crash.
    TcpServerSession *other = engine->createTcpServer();
    other->listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(other->state(), TcpServerSession::State::Listening);
    engine.reset();
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
