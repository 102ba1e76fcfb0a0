// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/listenaddresses.h"
#include "net/tcpserversession.h"
#include "net/udpsession.h"
#include "sockettable/socketsessionmatcher.h"
#include "eventsofkind.h"
#include "log/trafficlog.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace {

std::unique_ptr<QTcpSocket> connectFrom(const QHostAddress &to, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(to, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

bool hasInfoContaining(const TrafficLog &log, const QString &part)
{
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (event.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

// Issue 12, item 2: a server on "::" or "localhost" takes IPv4 and IPv6 peers, and an IPv4
// peer of a dual-stack socket is shown as plain IPv4 everywhere (events, counters, peers).
class TestDualListen : public QObject
{
    Q_OBJECT

private slots:
    void textsBecomeAddresses();
    void tcpOnColonColonAcceptsBothFamilies();
    void tcpOnLocalhostAcceptsBothFamilies();
    void udpOnColonColonReceivesBothFamilies();
};

void TestDualListen::textsBecomeAddresses()
{
    const QList<QHostAddress> localhost = ListenAddresses::forText(QStringLiteral("localhost"));
    QCOMPARE(localhost.size(), 2);
    QCOMPARE(localhost.at(0), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(localhost.at(1), QHostAddress(QHostAddress::LocalHostIPv6));
    const QList<QHostAddress> any = ListenAddresses::forText(QStringLiteral("::"));
    QCOMPARE(any.size(), 1);
    QVERIFY(ListenAddresses::isDualStack(any.at(0)));
    QVERIFY(ListenAddresses::isDualStack(
            ListenAddresses::forText(ListenAddresses::anyBothLabel()).value(0)));
    QCOMPARE(ListenAddresses::forText(QStringLiteral("::1")).value(0),
             QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(ListenAddresses::forText(QStringLiteral("0.0.0.0")).value(0),
             QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(Endpoint(QHostAddress(QHostAddress::Any), 5).toString(), QStringLiteral("[::]:5"));
    QString error;
    QVERIFY(ListenAddresses::forText(QStringLiteral("not an address"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestDualListen::tcpOnColonColonAcceptsBothFamilies()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(ListenAddresses::forText(QStringLiteral("::")), 0);
    QCOMPARE(server.state(), TcpServerSession::State::Listening);
    QVERIFY(hasInfoContaining(log, QStringLiteral("setsockopt(IPV6_V6ONLY, 0)")));
    const quint16 port = server.localEndpoint().port();
    auto v4 = connectFrom(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY2(v4, "an IPv4 client could not connect to a server on ::");
    auto v6 = connectFrom(QHostAddress(QHostAddress::LocalHostIPv6), port);
    QVERIFY2(v6, "an IPv6 client could not connect to a server on ::");
    QTRY_COMPARE(connected.count(), 2);
    const QList<TrafficEvent> accepted = eventsOfKind(log, TrafficEvent::Kind::Accepted);
    QCOMPARE(accepted.size(), 2);
    // The IPv4 peer arrives as ::ffff:127.0.0.1 on the AF_INET6 socket: shown unwrapped.
    QCOMPARE(accepted.at(0).peer.toString(),
             QStringLiteral("127.0.0.1:%1").arg(v4->localPort()));
    QCOMPARE(accepted.at(1).peer.toString(), QStringLiteral("[::1]:%1").arg(v6->localPort()));
    QCOMPARE(server.connections().value(0).peer.addressString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.connections().value(0).local.addressString(), QStringLiteral("127.0.0.1"));
}

void TestDualListen::tcpOnLocalhostAcceptsBothFamilies()
{
    TrafficLog log;
    TcpServerSession server(1, &log);
    QSignalSpy connected(&server, &TcpServerSession::clientConnected);
    server.listen(ListenAddresses::forText(QStringLiteral("localhost")), 0);
    QCOMPARE(server.state(), TcpServerSession::State::Listening);
    const quint16 port = server.localEndpoint().port();
    QCOMPARE(server.localEndpoint().addressString(), QStringLiteral("127.0.0.1"));
    QVERIFY(hasInfoContaining(log, QStringLiteral("bind([::1]:%1)").arg(port)));
    // Both listeners are the session's (the Connections table links them by these).
    const QList<Endpoint> locals = server.localEndpoints();
    QCOMPARE(locals.size(), 2);
    QCOMPARE(locals.at(0), Endpoint(QHostAddress(QHostAddress::LocalHost), port));
    QCOMPARE(locals.at(1), Endpoint(QHostAddress(QHostAddress::LocalHostIPv6), port));
    SocketRecord listener;
    listener.protocol = SocketRecord::Protocol::Tcp;
    listener.state = SocketRecord::State::Listen;
    listener.local = locals.at(1);
    QCOMPARE(SocketSessionMatcher::sessionFor(listener, {&server}), server.id());
    auto v4 = connectFrom(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(v4);
    auto v6 = connectFrom(QHostAddress(QHostAddress::LocalHostIPv6), port);
    QVERIFY2(v6, "an IPv6 client could not connect to a server on localhost");
    QTRY_COMPARE(connected.count(), 2);
    v6->write("six");
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 1);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).at(0).peer.addressString(),
             QStringLiteral("::1"));
    // Stopping closes both listening sockets: nobody can connect afterwards.
    server.stop();
    QTRY_COMPARE(server.state(), TcpServerSession::State::Stopped);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHostIPv6, port);
    QVERIFY(!late.waitForConnected(2000));
}

void TestDualListen::udpOnColonColonReceivesBothFamilies()
{
    TrafficLog log;
    UdpSession server(1, &log);
    server.bind(ListenAddresses::forText(QStringLiteral("::")).value(0), 0);
    QCOMPARE(server.state(), UdpSession::State::Bound);
    const quint16 port = server.localEndpoint().port();
    QUdpSocket v4;
    QVERIFY(v4.bind(QHostAddress::LocalHost, 0));
    v4.writeDatagram("four", QHostAddress::LocalHost, port);
    QUdpSocket v6;
    QVERIFY(v6.bind(QHostAddress::LocalHostIPv6, 0));
    v6.writeDatagram("six", QHostAddress::LocalHostIPv6, port);
    QTRY_COMPARE(server.datagramsReceived(), quint64(2));
    QStringList peers;
    for (const Endpoint &peer : server.peers())
        peers << peer.toString();
    peers.sort();
    QCOMPARE(peers, QStringList({QStringLiteral("127.0.0.1:%1").arg(v4.localPort()),
                                 QStringLiteral("[::1]:%1").arg(v6.localPort())}));
}

QTEST_GUILESS_MAIN(TestDualListen)
#include "tst_duallisten.moc"
