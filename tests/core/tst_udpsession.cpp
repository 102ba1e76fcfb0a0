// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsofkind.h"
#include "log/trafficlog.h"
#include "net/udpsession.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QByteArray allByteValues()
{
    QByteArray all(256, '\0');
    for (int i = 0; i < 256; ++i)
        all[i] = static_cast<char>(i);
    return all;
}

} // namespace

class TestUdpSession : public QObject
{
    Q_OBJECT

private slots:
    void bindsAndReceivesWithSender();
    void stopsAfterN();
    void sendsWithoutBinding();
    void sendingToNobodyIsNotAnError();
    void autoReplies();
    void addressInUse();
    void emptyAndBinaryDatagrams();
    void remembersTheMostRecentSendersOnly();
    void failedFirstSendKeepsTheLocalAddressAndNarratesDualStack();
    void oversizeToIpv6NamesTheIpv6Limit_data();
    void oversizeToIpv6NamesTheIpv6Limit();
    void zeroLengthDatagramRightAfterBind();
    void readsAQueuedBurstExactlyAndStaysArmed();
};

void TestUdpSession::bindsAndReceivesWithSender()
{
    TrafficLog log;
    UdpSession server(1, &log);
    QSignalSpy peers(&server, &UdpSession::peerSeen);
    server.bind(QHostAddress::LocalHost, 0);
    QCOMPARE(server.state(), UdpSession::State::Bound);
    const quint16 port = server.localEndpoint().port();
    QVERIFY(port != 0);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 3; ++i)
        sender.writeDatagram(QByteArray("Hello Server!"), QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.datagramsReceived(), 3u);
    QCOMPARE(peers.count(), 1);
    QCOMPARE(server.peers().first().port(), sender.localPort());
    const auto received = eventsOfKind(log, TrafficEvent::Kind::Received);
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.first().payload, QByteArray("Hello Server!"));
    QCOMPARE(received.first().peer.toString(),
             QStringLiteral("127.0.0.1:%1").arg(sender.localPort()));
}

void TestUdpSession::stopsAfterN()
{
    TrafficLog log;
    UdpSession server(1, &log);
    UdpOptions options;
    options.maxDatagrams = 5;
    server.setOptions(options);
    QSignalSpy finished(&server, &UdpSession::finished);
    server.bind(QHostAddress::LocalHost, 0);
    const quint16 port = server.localEndpoint().port();
    QUdpSocket sender;
    for (int i = 0; i < 7; ++i)
        sender.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, port);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(server.state(), UdpSession::State::Unbound);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 5);
    QCOMPARE(server.datagramsReceived(), 5u);
}

void TestUdpSession::sendsWithoutBinding()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    TrafficLog log;
    UdpSession client(1, &log);
    QSignalSpy sent(&client, &UdpSession::datagramSent);
    client.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "Hello Server!");
    QCOMPARE(sent.count(), 1);
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    const QNetworkDatagram datagram = receiver.receiveDatagram();
    QCOMPARE(datagram.data(), QByteArray("Hello Server!"));
    QCOMPARE(client.state(), UdpSession::State::Unbound);
    QCOMPARE(quint16(datagram.senderPort()), client.localEndpoint().port());
    bool explained = false;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info))
        explained = explained || event.message.contains(QStringLiteral("connectionless"));
    QVERIFY(explained);

    // A reply to the kernel-chosen port shows up in the same session.
    receiver.writeDatagram(QByteArray("reply"), datagram.senderAddress(),
                           static_cast<quint16>(datagram.senderPort()));
    QTRY_COMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).size(), 1);
}

void TestUdpSession::sendingToNobodyIsNotAnError()
{
    quint16 unused = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        unused = probe.localPort();
    }
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    TrafficLog log;
    UdpSession client(1, &log);
    QSignalSpy errors(&client, &Session::errorOccurred);
    QSignalSpy sent(&client, &UdpSession::datagramSent);
    client.sendTo(QStringLiteral("127.0.0.1"), unused, "into the void");
    // A second datagram to a live receiver proves the socket is still healthy afterwards.
    client.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "still fine");
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    QCOMPARE(sent.count(), 2);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(log.totals().errors, 0u);
}

void TestUdpSession::autoReplies()
{
    TrafficLog log;
    UdpSession server(1, &log);
    UdpOptions options;
    options.autoReply = "ack";
    server.setOptions(options);
    server.bind(QHostAddress::LocalHost, 0);
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    sender.writeDatagram(QByteArray("ping"), QHostAddress::LocalHost,
                         server.localEndpoint().port());
    QTRY_VERIFY(sender.hasPendingDatagrams());
    QCOMPARE(sender.receiveDatagram().data(), QByteArray("ack"));
}

void TestUdpSession::addressInUse()
{
    TrafficLog log;
    UdpSession first(1, &log);
    first.bind(QHostAddress::LocalHost, 0);
    UdpSession second(2, &log);
    QSignalSpy errors(&second, &Session::errorOccurred);
    second.bind(QHostAddress::LocalHost, first.localEndpoint().port());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("already in use")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(second.state(), UdpSession::State::Unbound);
}

void TestUdpSession::emptyAndBinaryDatagrams()
{
    TrafficLog log;
    UdpSession server(1, &log);
    server.bind(QHostAddress::LocalHost, 0);
    UdpSession client(2, &log);
    client.sendTo(server.localEndpoint(), QByteArray());
    client.sendTo(server.localEndpoint(), allByteValues());
    QTRY_COMPARE(server.datagramsReceived(), 2u);
    QList<TrafficEvent> received;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        if (event.sessionId == 1)
            received << event;
    }
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).size, 0);
    QCOMPARE(received.at(1).payload, allByteValues());
    QCOMPARE(log.sessionCounters(1).bytesIn, 256u);
}

namespace {

// Sends one datagram from a fresh socket bound to an address of its own within 127.0.0.0/8,
// so every sender is a distinct endpoint whatever ports the kernel picks.
void sendFrom(int index, quint16 port, const QByteArray &payload)
{
    const QHostAddress from(QStringLiteral("127.1.%1.%2").arg(index / 250).arg(index % 250 + 1));
    QUdpSocket socket;
    QVERIFY(socket.bind(from, 0));
    QCOMPARE(socket.writeDatagram(payload, QHostAddress::LocalHost, port), payload.size());
}

bool hasInfo(const TrafficLog &log, const QString &text)
{
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Info)) {
        if (event.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

void TestUdpSession::remembersTheMostRecentSendersOnly()
{
    // 1,200 senders: the session keeps the 1,000 most recently active, counts all of them,
    // and every datagram.
    constexpr int senders = UdpSession::MaxRememberedPeers + 200;
    TrafficLog log;
    UdpSession server(1, &log);
    QSignalSpy changed(&server, &UdpSession::peersChanged);
    server.bind(QHostAddress::LocalHost, 0);
    const quint16 port = server.localEndpoint().port();
    QUdpSocket first; // sender 0 keeps its port to be heard from again
    QVERIFY(first.bind(QHostAddress(QStringLiteral("127.1.0.1")), 0));
    first.writeDatagram(QByteArray("hi"), QHostAddress::LocalHost, port);
    for (int i = 1; i < UdpSession::MaxRememberedPeers; ++i)
        sendFrom(i, port, "hi");
    QTRY_COMPARE(server.datagramsReceived(), quint64(UdpSession::MaxRememberedPeers));
    // The first sender becomes the most recent.
    first.writeDatagram(QByteArray("still here"), QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.datagramsReceived(), quint64(UdpSession::MaxRememberedPeers + 1));
    for (int i = UdpSession::MaxRememberedPeers; i < senders; ++i)
        sendFrom(i, port, "hi");
    QTRY_COMPARE(server.datagramsReceived(), quint64(senders + 1));

    const QList<Endpoint> peers = server.peers();
    QCOMPARE(peers.size(), UdpSession::MaxRememberedPeers);
    QCOMPARE(server.peersSeen(), quint64(senders));
    QCOMPARE(log.totals().messagesIn, quint64(senders + 1));
    const auto has = [&peers](const char *address) {
        return std::any_of(peers.cbegin(), peers.cend(), [address](const Endpoint &peer) {
            return peer.address() == QHostAddress(QString::fromLatin1(address));
        });
    };
    QVERIFY(has("127.1.0.1"));   // sender 0, heard from again
    QVERIFY(!has("127.1.0.2"));  // sender 1, the least recent
    QVERIFY(has("127.1.4.200")); // sender 1,199, the last
    QCOMPARE(peers.last().address(), QHostAddress(QStringLiteral("127.1.4.200")));
    // Coalesced: far fewer notifications than senders.
    QVERIFY2(changed.count() < senders / 10, qPrintable(QString::number(changed.count())));
}

void TestUdpSession::failedFirstSendKeepsTheLocalAddressAndNarratesDualStack()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    TrafficLog log;
    UdpSession client(1, &log);
    QSignalSpy failed(&client, &UdpSession::sendFailed);
    client.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), QByteArray(70'000, 'x'));
    QCOMPARE(failed.count(), 1);
    const quint16 localPort = client.localEndpoint().port();
    QVERIFY(localPort != 0);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Error).last().local.port(), localPort);
    client.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "after");
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    QCOMPARE(quint16(receiver.receiveDatagram().senderPort()), localPort);
    QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Sent).last().local.port(), localPort);
    // What the kernel was asked: one AF_INET6 socket bound to [::], reaching IPv4 too.
    QVERIFY(!hasInfo(log, QStringLiteral("socket(AF_INET, SOCK_DGRAM)")));
    QVERIFY(hasInfo(log, QStringLiteral("socket(AF_INET6, SOCK_DGRAM)")));
    QVERIFY2(hasInfo(log, QStringLiteral("bind([::]:0) -> port %1").arg(localPort)),
             qPrintable(eventsOfKind(log, TrafficEvent::Kind::Info).at(1).message));
}

void TestUdpSession::oversizeToIpv6NamesTheIpv6Limit_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("limit");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << 65'508 << QStringLiteral("65,507");
    QTest::newRow("IPv6") << QStringLiteral("::1") << 65'528 << QStringLiteral("65,527");
}

void TestUdpSession::oversizeToIpv6NamesTheIpv6Limit()
{
    QFETCH(QString, host);
    QFETCH(int, size);
    QFETCH(QString, limit);
    QUdpSocket receiver;
    if (!receiver.bind(QHostAddress(host), 0))
        QSKIP("no such loopback address here");
    TrafficLog log;
    UdpSession client(1, &log);
    QSignalSpy failed(&client, &UdpSession::sendFailed);
    client.sendTo(host, receiver.localPort(), QByteArray(size, 'x'));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(limit), qPrintable(message));
    // One byte less goes through.
    QSignalSpy sent(&client, &UdpSession::datagramSent);
    client.sendTo(host, receiver.localPort(), QByteArray(size - 1, 'x'));
    QCOMPARE(sent.count(), 1);
}

void TestUdpSession::zeroLengthDatagramRightAfterBind()
{
    // Twenty binds, each followed at once by an empty datagram: every one is counted.
    for (int run = 0; run < 20; ++run) {
        TrafficLog log;
        UdpSession server(1, &log);
        server.bind(QHostAddress::LocalHost, 0);
        QUdpSocket sender;
        QCOMPARE(sender.writeDatagram(QByteArray(), QHostAddress::LocalHost,
                                      server.localEndpoint().port()),
                 0);
        QTRY_COMPARE(server.datagramsReceived(), 1u);
        QCOMPARE(eventsOfKind(log, TrafficEvent::Kind::Received).first().size, 0);
    }
}

void TestUdpSession::readsAQueuedBurstExactlyAndStaysArmed()
{
    // Everything sent before this thread (the session's) gets back to its event loop waits in
    // the kernel and comes as one readyRead: more than a turn's worth
    // (UdpSession::maxReadsPerTurn) from 16 source ports in varied sizes. Each datagram is one
    // received event with its own sender and bytes, and the socket stays armed afterwards: a
    // datagram sent later is read too (QUdpSocket re-arms only after a read of its own).
    constexpr int senderCount = 16;
    constexpr int rounds = 300;
    const QList<int> sizes = {0, 1, 100, 1472};
    TrafficLog log;
    UdpSession server(1, &log);
    server.bind(QHostAddress::LocalHost, 0);
    QCOMPARE(server.state(), UdpSession::State::Bound);
    // What a queued datagram costs the buffer on loopback: 832 bytes when small, 2,304 at 1,472.
    const qint64 needed = qint64(senderCount) * rounds * (3 * 832 + 2304) / 4 * 5 / 4;
    if (server.receiveBufferSize() < needed)
        QSKIP("the receive buffer (net.core.rmem_max) cannot hold the burst");
    const quint16 port = server.localEndpoint().port();
    std::vector<std::unique_ptr<QUdpSocket>> senders;
    QHash<QString, int> expected;
    const auto key = [](quint16 from, const QByteArray &bytes) {
        return QStringLiteral("%1/%2/%3")
                .arg(from)
                .arg(bytes.size())
                .arg(QString::fromLatin1(bytes.left(16).toHex()));
    };
    for (int i = 0; i < senderCount; ++i) {
        senders.push_back(std::make_unique<QUdpSocket>());
        QVERIFY(senders.back()->bind(QHostAddress::LocalHost, 0));
    }
    for (int r = 0; r < rounds; ++r) {
        for (int i = 0; i < senderCount; ++i) {
            const int size = sizes.at((i + r) % sizes.size());
            const QByteArray bytes
                    = QByteArray::number(i * 1000 + r).leftJustified(size, 'x', true);
            QCOMPARE(senders.at(i)->writeDatagram(bytes, QHostAddress::LocalHost, port),
                     qint64(size));
            ++expected[key(senders.at(i)->localPort(), bytes)];
        }
    }
    const quint64 total = quint64(senderCount) * rounds;
    QTRY_COMPARE_WITH_TIMEOUT(server.datagramsReceived(), total, 20000);
    int batched = 0;
    for (const TrafficEvent &event : eventsOfKind(log, TrafficEvent::Kind::Received)) {
        QCOMPARE(event.peer.address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(event.size, event.payload.size());
        const QString k = key(event.peer.port(), event.payload);
        QVERIFY2(expected.value(k) > 0, qPrintable(QStringLiteral("unexpected or twice: ") + k));
        --expected[k];
        batched += event.message == QStringLiteral("recvmmsg()");
    }
    QCOMPARE(server.peersSeen(), quint64(senderCount));
#ifdef Q_OS_LINUX
    // Taken many per system call, and the log says which call took them.
    QVERIFY2(batched >= int(total / 2), qPrintable(QString::number(batched)));
#endif
    for (int k = 1; k <= 3; ++k) {
        senders.front()->writeDatagram(QByteArray("later"), QHostAddress::LocalHost, port);
        QTRY_COMPARE(server.datagramsReceived(), total + k);
    }
}

QTEST_GUILESS_MAIN(TestUdpSession)
#include "tst_udpsession.moc"
