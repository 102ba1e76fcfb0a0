// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/engine.h"
#include "sockettable/socketsessionmatcher.h"
#include "sockettable/sockettable.h"
#include "sockettable/sockettablereader.h"
#include "net/tcpclientsession.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

// The live table, read from this machine while our own sessions hold loopback sockets: each
// shows up marked as ours, with our pid, and is traced back to the session that owns it.
class tst_SocketTable : public QObject
{
    Q_OBJECT

private slots:
    void ownSessionsAreFoundAndMatched_data();
    void ownSessionsAreFoundAndMatched();
    void netlinkAndProcNetAgree();
    void readerDeliversOffThread();
    void withoutProcessesOwnSocketsStillMarked();

private:
    static const SocketRecord *find(const QList<SocketRecord> &records,
                                    SocketRecord::Protocol protocol, const Endpoint &local,
                                    const Endpoint &remote = {});
};

const SocketRecord *tst_SocketTable::find(const QList<SocketRecord> &records,
                                          SocketRecord::Protocol protocol, const Endpoint &local,
                                          const Endpoint &remote)
{
    for (const SocketRecord &record : records) {
        // inode 0: a TIME-WAIT socket of somebody else that happens to reuse the port.
        if (record.protocol == protocol && record.local == local && record.inode != 0
            && (remote.isNull() || record.remote == remote))
            return &record;
    }
    return nullptr;
}

void tst_SocketTable::ownSessionsAreFoundAndMatched_data()
{
    QTest::addColumn<SocketTable::Backend>("backend");
    QTest::newRow("automatic") << SocketTable::Backend::Automatic;
    QTest::newRow("netlink") << SocketTable::Backend::Netlink;
    QTest::newRow("/proc/net") << SocketTable::Backend::ProcNet;
}

void tst_SocketTable::ownSessionsAreFoundAndMatched()
{
    QFETCH(SocketTable::Backend, backend);
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    Engine engine;
    TcpServerSession *server = engine.createTcpServer();
    QSignalSpy listening(server, &TcpServerSession::listening);
    server->listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(listening.count(), 1); // emitted on the network thread
    const Endpoint serverLocal = server->localEndpoint();

    TcpClientSession *client = engine.createTcpClient();
    QSignalSpy connected(client, &TcpClientSession::connected);
    client->connectToHost(u"127.0.0.1"_s, serverLocal.port());
    QTRY_COMPARE(connected.count(), 1); // emitted on the network thread
    QTRY_COMPARE(server->connections().size(), 1);

    UdpSession *udp = engine.createUdp();
    QSignalSpy bound(udp, &UdpSession::bound);
    udp->bind(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(bound.count(), 1); // emitted on the network thread

    SocketTable::Options options;
    options.backend = backend;
    const SocketSnapshot snapshot = SocketTable::read(options);
    QVERIFY(snapshot.isSupported);
    if (backend == SocketTable::Backend::ProcNet)
        QCOMPARE(snapshot.source, u"/proc/net"_s);
    if (backend == SocketTable::Backend::Netlink)
        QCOMPARE(snapshot.source, u"netlink"_s);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.malformedLines, 0);
    const qint64 pid = QCoreApplication::applicationPid();
    const QList<Session *> sessions = engine.sessions();

    const SocketRecord *listener = find(snapshot.records, SocketRecord::Protocol::Tcp, serverLocal);
    QVERIFY(listener);
    QCOMPARE(listener->stateName(), u"LISTEN"_s);
    QVERIFY(listener->isOwn);
    QCOMPARE(listener->pid, pid);
    QVERIFY(!listener->process.isEmpty());
    QVERIFY(listener->inode != 0);
    QCOMPARE(SocketSessionMatcher::sessionFor(*listener, sessions), server->id());

    const SocketRecord *clientSide = find(snapshot.records, SocketRecord::Protocol::Tcp,
                                          client->localEndpoint(), client->peerEndpoint());
    QVERIFY(clientSide);
    QCOMPARE(clientSide->stateName(), u"ESTABLISHED"_s);
    QVERIFY(clientSide->isOwn);
    QCOMPARE(SocketSessionMatcher::sessionFor(*clientSide, sessions), client->id());

    const TcpServerSession::Connection accepted = server->connections().constFirst();
    const SocketRecord *serverSide
        = find(snapshot.records, SocketRecord::Protocol::Tcp, accepted.local, accepted.peer);
    QVERIFY(serverSide);
    QVERIFY(serverSide->isOwn);
    QCOMPARE(SocketSessionMatcher::sessionFor(*serverSide, sessions), server->id());

    const SocketRecord *udpSocket
        = find(snapshot.records, SocketRecord::Protocol::Udp, udp->localEndpoint());
    QVERIFY(udpSocket);
    QCOMPARE(udpSocket->stateName(), u"UNCONN"_s);
    QVERIFY(udpSocket->isOwn);
    QCOMPARE(SocketSessionMatcher::sessionFor(*udpSocket, sessions), udp->id());

    // Somebody else's socket matches no session.
    SocketRecord stranger = *listener;
    stranger.local = Endpoint(QHostAddress::LocalHost, 9);
    QCOMPARE(SocketSessionMatcher::sessionFor(stranger, sessions), 0);
}

void tst_SocketTable::netlinkAndProcNetAgree()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    // Listening and connected sockets that stay put while both backends look.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *accepted = server.nextPendingConnection();
    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::LocalHost, 0));

    const auto ours = [](SocketTable::Backend backend) {
        SocketTable::Options options;
        options.backend = backend;
        const SocketSnapshot snapshot = SocketTable::read(options);
        QStringList rows;
        for (const SocketRecord &record : snapshot.records) {
            if (record.isOwn)
                rows << record.protocolName() + u' ' + record.local.toString() + u' '
                        + record.remote.toString() + u' ' + record.stateName() + u' '
                        + QString::number(record.inode) + u' ' + QString::number(record.uid);
        }
        rows.sort();
        return rows;
    };
    const QStringList fromNetlink = ours(SocketTable::Backend::Netlink);
    QCOMPARE(fromNetlink.size(), 4);
    QCOMPARE(fromNetlink, ours(SocketTable::Backend::ProcNet));
    delete accepted;
}

void tst_SocketTable::readerDeliversOffThread()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    SocketTableReader reader;
    QSignalSpy ready(&reader, &SocketTableReader::snapshotReady);
    reader.requestSnapshot();
    QVERIFY(reader.isBusy());
    reader.requestSnapshot(); // collapses into one more snapshot after the first
    reader.requestSnapshot();
    QTRY_COMPARE(ready.count(), 2);
    QVERIFY(!reader.isBusy());
    const auto snapshot = ready.first().first().value<SocketSnapshot>();
    QVERIFY(snapshot.isSupported);
    QVERIFY(snapshot.elapsedUs > 0);
}

void tst_SocketTable::withoutProcessesOwnSocketsStillMarked()
{
    if (!SocketTable::isSupported())
        QSKIP("The socket table is read from Linux's /proc only.");
    Engine engine;
    TcpServerSession *server = engine.createTcpServer();
    QSignalSpy listening(server, &TcpServerSession::listening);
    server->listen(QHostAddress::LocalHost, 0);
    QTRY_COMPARE(listening.count(), 1); // emitted on the network thread
    SocketTable::Options options;
    options.udp = false;
    options.processes = false;
    const SocketSnapshot snapshot = SocketTable::read(options);
    const SocketRecord *listener
        = find(snapshot.records, SocketRecord::Protocol::Tcp, server->localEndpoint());
    QVERIFY(listener);
    QVERIFY(listener->isOwn);
    for (const SocketRecord &record : snapshot.records)
        QCOMPARE(record.protocol, SocketRecord::Protocol::Tcp);
}

QTEST_GUILESS_MAIN(tst_SocketTable)
#include "tst_sockettable.moc"
