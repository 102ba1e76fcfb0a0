// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/portholders.h"
#include "sockettable/sockettable.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

// Who holds a port, and the sentence that says so (issue 14, item 3): TIME-WAIT alone is not
// "another program".
class tst_PortHolders : public QObject
{
    Q_OBJECT

private slots:
    void timeWaitOnlyIsSaidSo();
    void listenerIsNamedWithPid();
    void wildcardsConflictAndOtherPortsDoNot();
    void unreadTableKeepsTheGeneralSentence();
    void liveListenerIsFoundAsOurs();
    void liveUdpSocketIsFound();
    void timeWaitExpiryIsSaid();
    void liveTimeWaitHasItsTimer_data();
    void liveTimeWaitHasItsTimer();

private:
    static SocketRecord record(SocketRecord::State state, const QString &local, quint16 port,
                               qint64 pid = 0, const QString &process = {})
    {
        SocketRecord r;
        r.protocol = SocketRecord::Protocol::Tcp;
        r.local = Endpoint(QHostAddress(local), port);
        r.remote = Endpoint(QHostAddress(QStringLiteral("127.0.0.1")), 40000);
        r.state = state;
        r.pid = pid;
        r.process = process;
        return r;
    }
};

void tst_PortHolders::timeWaitOnlyIsSaidSo()
{
    const Endpoint where(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    const QList<SocketRecord> records {
        record(SocketRecord::State::TimeWait, QStringLiteral("127.0.0.1"), 60001),
        record(SocketRecord::State::TimeWait, QStringLiteral("127.0.0.1"), 60001),
    };
    const PortHolders holders = PortHolders::find(records, true, where);
    QCOMPARE(holders.timeWait, 2);
    QCOMPARE(holders.listening, 0);
    const QString sentence = PortHolders::explain(where, holders, true);
    QVERIFY2(sentence.startsWith(QStringLiteral("Address 127.0.0.1:60001 is already in use: ")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("2 connection")), qPrintable(sentence));
    QVERIFY(sentence.contains(QStringLiteral("TIME-WAIT")));
    QVERIFY(sentence.contains(QStringLiteral("60 s")));
    QVERIFY(sentence.contains(QStringLiteral("SO_REUSEADDR")));
    QVERIFY(!sentence.contains(QStringLiteral("another program")));
}

void tst_PortHolders::listenerIsNamedWithPid()
{
    const Endpoint where(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    const QList<SocketRecord> records {
        record(SocketRecord::State::Listen, QStringLiteral("127.0.0.1"), 60001, 4242,
               QStringLiteral("python3")),
        record(SocketRecord::State::TimeWait, QStringLiteral("127.0.0.1"), 60001),
    };
    const PortHolders holders = PortHolders::find(records, true, where);
    QCOMPARE(holders.listening, 1);
    const QString sentence = PortHolders::explain(where, holders, true);
    QVERIFY2(sentence.contains(QStringLiteral("python3 (PID 4242) listens on port 60001")),
             qPrintable(sentence));

    // Not visible (another user's process): said so, with how to see it.
    const PortHolders hidden = PortHolders::find(
        {record(SocketRecord::State::Listen, QStringLiteral("127.0.0.1"), 60001)}, true, where);
    QVERIFY(PortHolders::explain(where, hidden, true).contains(QStringLiteral("not visible")));
}

void tst_PortHolders::wildcardsConflictAndOtherPortsDoNot()
{
    const Endpoint loopback(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    const Endpoint any(QHostAddress(QHostAddress::AnyIPv4), 60001);
    const QList<SocketRecord> records {
        record(SocketRecord::State::Listen, QStringLiteral("0.0.0.0"), 60001),
        record(SocketRecord::State::Listen, QStringLiteral("127.0.0.1"), 60002),
        record(SocketRecord::State::TimeWait, QStringLiteral("192.0.2.1"), 60001),
    };
    QCOMPARE(PortHolders::find(records, true, loopback).listening, 1);
    QCOMPARE(PortHolders::find(records, true, loopback).timeWait, 0);
    QCOMPARE(PortHolders::find(records, true, any).timeWait, 1);
    // UDP sockets are not asked about for TCP.
    QCOMPARE(PortHolders::find(records, false, loopback).listening, 0);
}

void tst_PortHolders::unreadTableKeepsTheGeneralSentence()
{
    const Endpoint where(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    const QString sentence = PortHolders::explain(where, PortHolders(), true);
    QVERIFY2(sentence.contains(QStringLiteral("another program")), qPrintable(sentence));
}

void tst_PortHolders::liveListenerIsFoundAsOurs()
{
#ifndef Q_OS_LINUX
    QSKIP("the socket table is read on Linux only");
#endif
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const Endpoint where(QHostAddress::LocalHost, server.serverPort());
    const PortHolders holders = PortHolders::look(true, where);
    QVERIFY(holders.isTableRead);
    QCOMPARE(holders.listening, 1);
    QCOMPARE(holders.owners.size(), 1);
    QVERIFY(holders.owners.first().isOwn);
    QCOMPARE(holders.owners.first().pid, QCoreApplication::applicationPid());
    QVERIFY(PortHolders::explain(where, holders, true).contains(QStringLiteral("this SockLab")));
}

void tst_PortHolders::liveUdpSocketIsFound()
{
#ifndef Q_OS_LINUX
    QSKIP("the socket table is read on Linux only");
#endif
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const Endpoint where(QHostAddress::LocalHost, socket.localPort());
    const PortHolders holders = PortHolders::look(false, where);
    QCOMPARE(holders.listening, 1);
    QVERIFY(PortHolders::explain(where, holders, false).contains(QStringLiteral("UDP port")));
}

// With the kernel's timer read, the sentence says when the last TIME-WAIT connection goes.
void tst_PortHolders::timeWaitExpiryIsSaid()
{
    const Endpoint where(QHostAddress(QStringLiteral("127.0.0.1")), 60001);
    QList<SocketRecord> records {
        record(SocketRecord::State::TimeWait, QStringLiteral("127.0.0.1"), 60001),
        record(SocketRecord::State::TimeWait, QStringLiteral("127.0.0.1"), 60001),
    };
    records[0].timerMs = 12'300;
    records[1].timerMs = 41'001;
    const PortHolders holders = PortHolders::find(records, true, where);
    QCOMPARE(holders.timeWaitLeftMs, qint64(41'001));
    const QString sentence = PortHolders::explain(where, holders, true);
    QVERIFY2(sentence.contains(QStringLiteral("goes in 42 s")), qPrintable(sentence));
    QVERIFY(sentence.contains(QStringLiteral("SO_REUSEADDR")));
}

void tst_PortHolders::liveTimeWaitHasItsTimer_data()
{
    QTest::addColumn<SocketTable::Backend>("backend");
    QTest::newRow("netlink") << SocketTable::Backend::Netlink;
    QTest::newRow("proc") << SocketTable::Backend::ProcNet;
}

// A connection whose server closed first sits in TIME-WAIT on the server's port; both
// backends read how long it has left (60 s at most on Linux).
void tst_PortHolders::liveTimeWaitHasItsTimer()
{
#ifndef Q_OS_LINUX
    QSKIP("the socket table is read on Linux only");
#endif
    QFETCH(SocketTable::Backend, backend);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(client.waitForConnected(5000));
    accepted->disconnectFromHost(); // the server closes first: its side goes to TIME-WAIT
    QVERIFY(client.waitForDisconnected(5000));
    client.close();
    const quint16 port = server.serverPort();
    SocketTable::Options options;
    options.backend = backend;
    options.udp = false;
    options.processes = false;
    const SocketRecord *found = nullptr;
    SocketSnapshot snapshot;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                snapshot = SocketTable::read(options);
                for (const SocketRecord &r : std::as_const(snapshot.records)) {
                    if (r.state == SocketRecord::State::TimeWait && r.local.port() == port)
                        found = &r;
                }
                return found != nullptr;
            }(),
            5000);
    QVERIFY2(found->timerMs > 0 && found->timerMs <= 60'000,
             qPrintable(QString::number(found->timerMs)));
}

QTEST_GUILESS_MAIN(tst_PortHolders)
#include "tst_portholders.moc"
