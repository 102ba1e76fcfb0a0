// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "log/trafficlog.h"
#include "net/udpsession.h"

#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

// The engine's promise: each session lives on a network thread of its own, and its verbs may
// be called from the GUI (here: the test) thread.
class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void sessionsLiveOnTheirOwnThreads();
    void removedSessionStopsItsThreadOnly();
    void verbsHopThreadsAndSignalsArriveQueued();
    void removeAndShutdownAreClean();
};

void TestEngine::sessionsLiveOnTheirOwnThreads()
{
    Engine engine;
    TcpServerSession *server = engine.createTcpServer();
    UdpSession *udp = engine.createUdp();
    TcpClientSession *client = engine.createTcpClient();
    const QList<Session *> all{server, udp, client};
    QSet<QThread *> threads;
    for (Session *session : all) {
        QThread *thread = engine.sessionThread(session);
        QVERIFY(thread);
        QVERIFY(thread != QThread::currentThread());
        QVERIFY(thread->isRunning());
        QCOMPARE(session->thread(), thread);
        threads.insert(thread);
    }
    // One busy session's event loop must not delay another's sockets.
    QCOMPARE(threads.size(), 3);
    QVERIFY(server->id() != udp->id());
    QCOMPARE(engine.sessions().size(), 3);
}

void TestEngine::removedSessionStopsItsThreadOnly()
{
    Engine engine;
    TcpServerSession *server = engine.createTcpServer();
    UdpSession *udp = engine.createUdp();
    QPointer<QThread> serverThread = engine.sessionThread(server);
    QThread *udpThread = engine.sessionThread(udp);
    server->listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(server->state(), TcpServerSession::State::Listening);
    engine.removeSession(server);
    QCOMPARE(engine.sessionThread(server), nullptr);
    QTRY_VERIFY(serverThread.isNull() || serverThread->isFinished());
    QVERIFY(udpThread->isRunning());

    // The remaining session still works on its own thread.
    QList<Endpoint> bound;
    connect(udp, &UdpSession::bound, this, [&](const Endpoint &local) { bound << local; });
    udp->bind(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(bound.size(), 1);
    // A new session after a removal reaps the finished thread and gets a fresh one.
    UdpSession *another = engine.createUdp();
    QVERIFY(engine.sessionThread(another) != udpThread);
    QVERIFY(serverThread.isNull());
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
