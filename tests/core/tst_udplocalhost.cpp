// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsofkind.h"
#include "log/trafficlog.h"
#include "net/listenaddresses.h"
#include "net/udpsession.h"
#include "net/udpsocketset.h"
#include "rules/responder.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <memory>
#include <tuple>

namespace {

const QHostAddress v4Loopback(QHostAddress::LocalHost);
const QHostAddress v6Loopback(QHostAddress::LocalHostIPv6);

bool hasInfo(const TrafficLog &log, const QString &part)
{
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (event.message.contains(part))
            return true;
    }
    return false;
}

// The events of one kind whose peer is `peer`.
QList<TrafficEvent> eventsWith(const TrafficLog &log, TrafficEvent::Kind kind,
                               const Endpoint &peer)
{
    QList<TrafficEvent> found;
    for (const TrafficEvent &event : eventsOfKind(log, kind)) {
        if (event.peer == peer)
            found << event;
    }
    return found;
}

// A python-like peer: one socket bound to a loopback address of one family.
struct Peer
{
    QUdpSocket socket;
    explicit Peer(const QHostAddress &address) { QVERIFY(socket.bind(address, 0)); }
    Endpoint endpoint() const { return Endpoint(socket.localAddress(), socket.localPort()); }
    // Every datagram that came, waiting (on the event loop, not a fixed sleep) until `count`
    // did or 10 s passed; the caller compares the count.
    QList<QNetworkDatagram> receive(int count)
    {
        QList<QNetworkDatagram> got;
        std::ignore = QTest::qWaitFor(
                [&] {
                    while (socket.hasPendingDatagrams())
                        got << socket.receiveDatagram();
                    return got.size() >= count;
                },
                10000);
        return got;
    }
};

// Binds server to "localhost" (127.0.0.1 and ::1) at a port the kernel picks; that port.
quint16 bindLocalhost(UdpSession &server)
{
    server.bind(ListenAddresses::forText(QStringLiteral("localhost")), 0);
    return server.localEndpoint().port();
}

std::shared_ptr<Responder> answerPingWithPong()
{
    ResponseRule rule;
    rule.match = ResponseRule::Match::Exact;
    rule.pattern = QStringLiteral("ping");
    rule.action = ResponseRule::Action::Reply;
    rule.reply = QStringLiteral("pong");
    ResponseRules rules;
    rules.rules = {rule};
    QString error;
    return Responder::compile(rules, {}, &error);
}

} // namespace

// Issue 12, item 2: a UDP server on "localhost" binds 127.0.0.1 and ::1 at one port, hears
// both, and answers each peer from the socket of its family.
class TestUdpLocalhost : public QObject
{
    Q_OBJECT

private slots:
    void oneSocketIsAskedForEverything();
    void bindsBothAddressesAtOnePort();
    void receivesBothFamiliesAndRepliesFromTheMatchingOne();
    void countsBurstsOnBothSocketsExactly();
    void rulesAnswerFromTheMatchingSocket();
    void repeatsLeaveFromTheDestinationsFamily();
    void joinsGroupsOnTheSocketOfTheirFamily();
    void goesOnWithIpv4WhenIpv6CannotBeBound();
    void closesBothSockets();
    void datagramLimitCountsBothSockets();
};

void TestUdpLocalhost::oneSocketIsAskedForEverything()
{
    UdpSocketSet set;
    QCOMPARE(set.forAddress(v4Loopback), nullptr);
    QUdpSocket v4;
    QVERIFY(v4.bind(v4Loopback, 0));
    set.add(&v4);
    // One socket answers every family: a dual-stack one does, and a single-family one reports
    // the failure as it always did.
    QCOMPARE(set.forAddress(v6Loopback), &v4);
    QUdpSocket v6;
    QVERIFY(v6.bind(v6Loopback, 0));
    set.add(&v6);
    QCOMPARE(set.forAddress(v6Loopback), &v6);
    QCOMPARE(set.forAddress(v4Loopback), &v4);
    QCOMPARE(set.forAddress(QHostAddress(QStringLiteral("ff12::1"))), &v6);
    QCOMPARE(set.forAddress(QHostAddress(QStringLiteral("239.1.2.3"))), &v4);
    QCOMPARE(set.primary(), &v4);
    QCOMPARE(set.takeAll().size(), 2);
    QVERIFY(set.isEmpty());
}

void TestUdpLocalhost::bindsBothAddressesAtOnePort()
{
    TrafficLog log;
    UdpSession server(1, &log);
    QSignalSpy bound(&server, &UdpSession::bound);
    const quint16 port = bindLocalhost(server);
    QCOMPARE(server.state(), UdpSession::State::Bound);
    QVERIFY(port != 0);
    QCOMPARE(server.localEndpoint(), Endpoint(v4Loopback, port));
    QCOMPARE(server.localEndpoints(),
             QList<Endpoint>({Endpoint(v4Loopback, port), Endpoint(v6Loopback, port)}));
    QCOMPARE(bound.count(), 1);
    // Narrated as a TCP server's second listener is: its socket() and bind(), before the
    // session says it waits (the Learn dock reads them in that order).
    QVERIFY(hasInfo(log, QStringLiteral("socket(AF_INET6, SOCK_DGRAM)")));
    QVERIFY(hasInfo(log, QStringLiteral("bind([::1]:%1)").arg(port)));
    const QList<TrafficEvent> events = log.eventsAfter(0);
    qsizetype bindV6 = -1;
    qsizetype listening = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).message == QStringLiteral("bind([::1]:%1)").arg(port))
            bindV6 = i;
        if (events.at(i).kind == TrafficEvent::Kind::Listening)
            listening = i;
    }
    QVERIFY(bindV6 >= 0 && bindV6 < listening);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Listening).size(), 1);
}

void TestUdpLocalhost::receivesBothFamiliesAndRepliesFromTheMatchingOne()
{
    TrafficLog log;
    UdpSession server(1, &log);
    UdpOptions options;
    options.autoReply = QByteArray("pong\0!", 6);
    server.setOptions(options);
    const quint16 port = bindLocalhost(server);
    QCOMPARE(server.state(), UdpSession::State::Bound);
    Peer four(v4Loopback);
    Peer six(v6Loopback);
    const QByteArray toFour("over IPv4\0\xff", 11);
    const QByteArray toSix("over IPv6\0\xfe", 11);
    QCOMPARE(four.socket.writeDatagram(toFour, v4Loopback, port), toFour.size());
    QCOMPARE(six.socket.writeDatagram(toSix, v6Loopback, port), toSix.size());
    QTRY_COMPARE(server.datagramsReceived(), quint64(2));
    QCOMPARE(server.peersSeen(), quint64(2));

    // Each received where it was sent to, from whom it came, byte for byte.
    const QList<TrafficEvent> fromFour
            = eventsWith(log, TrafficEvent::Kind::Received, four.endpoint());
    const QList<TrafficEvent> fromSix
            = eventsWith(log, TrafficEvent::Kind::Received, six.endpoint());
    QCOMPARE(fromFour.size(), 1);
    QCOMPARE(fromSix.size(), 1);
    QCOMPARE(fromFour.at(0).payload, toFour);
    QCOMPARE(fromSix.at(0).payload, toSix);
    QCOMPARE(fromFour.at(0).local, Endpoint(v4Loopback, port));
    QCOMPARE(fromSix.at(0).local, Endpoint(v6Loopback, port));

    // The replies come from the address each peer sent to, and are logged so.
    const QList<QNetworkDatagram> atFour = four.receive(1);
    const QList<QNetworkDatagram> atSix = six.receive(1);
    QCOMPARE(atFour.size(), 1);
    QCOMPARE(atSix.size(), 1);
    QCOMPARE(atFour.at(0).data(), options.autoReply);
    QCOMPARE(atFour.at(0).senderAddress(), v4Loopback);
    QCOMPARE(atFour.at(0).senderPort(), int(port));
    QCOMPARE(atSix.at(0).data(), options.autoReply);
    QCOMPARE(atSix.at(0).senderAddress(), v6Loopback);
    QCOMPARE(atSix.at(0).senderPort(), int(port));
    QCOMPARE(eventsWith(log, TrafficEvent::Kind::Sent, six.endpoint()).value(0).local,
             Endpoint(v6Loopback, port));
    QCOMPARE(eventsWith(log, TrafficEvent::Kind::Sent, four.endpoint()).value(0).local,
             Endpoint(v4Loopback, port));

    // Sending to a remembered peer (the window's "send to the last sender") does the same.
    server.sendTo(six.endpoint(), "again");
    const QList<QNetworkDatagram> again = six.receive(1);
    QCOMPARE(again.value(0).data(), QByteArray("again"));
    QCOMPARE(again.value(0).senderAddress(), v6Loopback);
    QCOMPARE(server.datagramsSent(), quint64(3));
    QVERIFY(eventsOfKind(log, TrafficEvent::Kind::Error).isEmpty());
}

void TestUdpLocalhost::countsBurstsOnBothSocketsExactly()
{
    TrafficLog log;
    UdpSession server(1, &log);
    const quint16 port = bindLocalhost(server);
    Peer four(v4Loopback);
    Peer six(v6Loopback);
    // Sent before the session's thread reads any: each socket's queue is drained in batches
    // (recvmmsg() on Linux). Within the default receive buffer, so none may be lost.
    constexpr int each = 100;
    for (int k = 0; k < each; ++k) {
        const QByteArray payload = QByteArray::number(k);
        QCOMPARE(six.socket.writeDatagram(payload, v6Loopback, port), payload.size());
        QCOMPARE(four.socket.writeDatagram(payload, v4Loopback, port), payload.size());
    }
    QTRY_COMPARE(server.datagramsReceived(), quint64(2 * each));
    const QList<TrafficEvent> fromSix
            = eventsWith(log, TrafficEvent::Kind::Received, six.endpoint());
    const QList<TrafficEvent> fromFour
            = eventsWith(log, TrafficEvent::Kind::Received, four.endpoint());
    QCOMPARE(fromSix.size(), each);
    QCOMPARE(fromFour.size(), each);
    for (int k = 0; k < each; ++k) {
        QCOMPARE(fromSix.at(k).payload, QByteArray::number(k));
        QCOMPARE(fromSix.at(k).local, Endpoint(v6Loopback, port));
        QCOMPARE(fromFour.at(k).payload, QByteArray::number(k));
        QCOMPARE(fromFour.at(k).local, Endpoint(v4Loopback, port));
    }
    // One table of senders for the session, whichever socket heard them.
    QCOMPARE(server.peersSeen(), quint64(2));
    QCOMPARE(server.peers().size(), 2);
}

void TestUdpLocalhost::rulesAnswerFromTheMatchingSocket()
{
    TrafficLog log;
    UdpSession server(1, &log);
    UdpOptions options;
    options.responder = answerPingWithPong();
    QVERIFY(options.responder);
    server.setOptions(options);
    const quint16 port = bindLocalhost(server);
    Peer six(v6Loopback);
    six.socket.writeDatagram("ping", v6Loopback, port);
    const QList<QNetworkDatagram> replies = six.receive(1);
    QCOMPARE(replies.value(0).data(), QByteArray("pong"));
    QCOMPARE(replies.value(0).senderAddress(), v6Loopback);
    QCOMPARE(replies.value(0).senderPort(), int(port));
}

void TestUdpLocalhost::repeatsLeaveFromTheDestinationsFamily()
{
    TrafficLog log;
    UdpSession server(1, &log);
    const quint16 port = bindLocalhost(server);
    Peer six(v6Loopback);
    Peer four(v4Loopback);
    // Equal datagrams due at once: the batched paths (UDP_SEGMENT, sendmmsg()) on Linux, in
    // runs of 64. No more than the peer's default receive buffer holds: the repeat is unpaced.
    constexpr int count = 100;
    QSignalSpy progress(&server, &UdpSession::repeatProgress);
    server.startRepeat(QStringLiteral("::1"), six.endpoint().port(), RepeatPlan{count, 0},
                       [](quint64) { return QByteArray("same size"); });
    const QList<QNetworkDatagram> atSix = six.receive(count);
    QCOMPARE(atSix.size(), count);
    for (const QNetworkDatagram &datagram : atSix) {
        QCOMPARE(datagram.senderAddress(), v6Loopback);
        QCOMPARE(datagram.senderPort(), int(port));
        QCOMPARE(datagram.data(), QByteArray("same size"));
    }
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).value<RepeatProgress>().finished);
    QCOMPARE(progress.last().at(0).value<RepeatProgress>().sent, count);

    progress.clear();
    server.startRepeat(QStringLiteral("127.0.0.1"), four.endpoint().port(), RepeatPlan{count, 0},
                       [](quint64 k) { return QByteArray::number(k); });
    const QList<QNetworkDatagram> atFour = four.receive(count);
    QCOMPARE(atFour.size(), count);
    for (int k = 0; k < count; ++k) {
        QCOMPARE(atFour.at(k).senderAddress(), v4Loopback);
        QCOMPARE(atFour.at(k).data(), QByteArray::number(k));
    }
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).value<RepeatProgress>().finished);
    QCOMPARE(eventsWith(log, TrafficEvent::Kind::Sent, six.endpoint()).size(), count);
    QCOMPARE(eventsWith(log, TrafficEvent::Kind::Sent, four.endpoint()).size(), count);
    QCOMPARE(eventsWith(log, TrafficEvent::Kind::Sent, six.endpoint()).value(0).local,
             Endpoint(v6Loopback, port));
    QCOMPARE(server.datagramsSent(), quint64(2 * count));
#ifdef Q_OS_LINUX
    // The ::1 socket's descriptor took batches, not one sendto() per datagram.
    qsizetype batched = 0;
    for (const TrafficEvent &event : eventsWith(log, TrafficEvent::Kind::Sent, six.endpoint())) {
        if (event.message == u"sendmsg(UDP_SEGMENT)" || event.message == u"sendmmsg()")
            ++batched;
    }
    QVERIFY2(batched > count / 2, qPrintable(QString::number(batched)));
#endif
}

void TestUdpLocalhost::joinsGroupsOnTheSocketOfTheirFamily()
{
    // Only memberships on the loopback interface: nothing is sent anywhere.
    TrafficLog log;
    UdpSession server(1, &log);
    QSignalSpy errors(&server, &Session::errorOccurred);
    const quint16 port = bindLocalhost(server);
    MulticastMembership six;
    six.group = QHostAddress(QStringLiteral("ff12::5ec:1ab"));
    six.interfaceName = MulticastMembership::loopbackInterfaceName();
    MulticastMembership four;
    four.group = QHostAddress(QStringLiteral("239.7.7.8"));
    four.interfaceName = six.interfaceName;
    server.joinGroup(six);
    server.joinGroup(four);
    // An IPv6 group joined on the 127.0.0.1 socket would fail ("Protocol not available").
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    QCOMPARE(server.memberships().size(), 2);
    const auto joinedAt = [&log](const MulticastMembership &membership) {
        for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
            if (event.message.startsWith(u"joined multicast group " + membership.toString()))
                return event.local;
        }
        return Endpoint();
    };
    QCOMPARE(joinedAt(six), Endpoint(v6Loopback, port));
    QCOMPARE(joinedAt(four), Endpoint(v4Loopback, port));
    server.leaveGroup(six);
    QVERIFY(errors.isEmpty());
    QVERIFY(!hasInfo(log, QStringLiteral("failed")));
    QCOMPARE(server.memberships().size(), 1);
}

void TestUdpLocalhost::goesOnWithIpv4WhenIpv6CannotBeBound()
{
    // ::1 at the port is taken (as when IPv6 is off, bind() fails there): the server says so
    // in one line and serves IPv4, as a TCP server on "localhost" does.
    QUdpSocket blocker;
    QVERIFY(blocker.bind(v6Loopback, 0, QAbstractSocket::DontShareAddress));
    const quint16 port = blocker.localPort();
    TrafficLog log;
    UdpSession server(1, &log);
    QSignalSpy errors(&server, &Session::errorOccurred);
    server.bind(ListenAddresses::forText(QStringLiteral("localhost")), port);
    if (server.state() != UdpSession::State::Bound)
        QSKIP("127.0.0.1 at the port ::1 was given is taken by another program");
    QCOMPARE(errors.count(), 0);
    QCOMPARE(server.localEndpoints(), QList<Endpoint>({Endpoint(v4Loopback, port)}));
    QVERIFY2(hasInfo(log, QStringLiteral("not listening on [::1]:%1 too: ").arg(port)),
             "the ::1 socket's failure is not narrated");
    Peer four(v4Loopback);
    four.socket.writeDatagram("still heard", v4Loopback, port);
    QTRY_COMPARE(server.datagramsReceived(), quint64(1));
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).value(0).payload,
             QByteArray("still heard"));
}

void TestUdpLocalhost::closesBothSockets()
{
    TrafficLog log;
    UdpSession server(1, &log);
    QSignalSpy finished(&server, &Session::finished);
    const quint16 port = bindLocalhost(server);
    server.close();
    QCOMPARE(server.state(), UdpSession::State::Unbound);
    QCOMPARE(finished.count(), 1);
    // Both addresses are free again once the sockets are gone (deleted on the next turn).
    const auto isFree = [port](const QHostAddress &address) {
        QUdpSocket probe;
        return probe.bind(address, port, QAbstractSocket::DontShareAddress);
    };
    QTRY_VERIFY(isFree(v6Loopback));
    QVERIFY(isFree(v4Loopback));
}

void TestUdpLocalhost::datagramLimitCountsBothSockets()
{
    TrafficLog log;
    UdpSession server(1, &log);
    UdpOptions options;
    options.maxDatagrams = 3;
    server.setOptions(options);
    QSignalSpy finished(&server, &Session::finished);
    const quint16 port = bindLocalhost(server);
    Peer four(v4Loopback);
    Peer six(v6Loopback);
    six.socket.writeDatagram("1", v6Loopback, port);
    QTRY_COMPARE(server.datagramsReceived(), quint64(1));
    four.socket.writeDatagram("2", v4Loopback, port);
    QTRY_COMPARE(server.datagramsReceived(), quint64(2));
    six.socket.writeDatagram("3", v6Loopback, port);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(server.datagramsReceived(), quint64(3));
    QCOMPARE(server.state(), UdpSession::State::Unbound);
    QVERIFY(hasInfo(log, QStringLiteral("close(): stopped after 3 datagram")));
}

QTEST_GUILESS_MAIN(TestUdpLocalhost)
#include "tst_udplocalhost.moc"
