#include "eventsofkind.h"
#include "trafficlog.h"
#include "udpsession.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

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

QTEST_GUILESS_MAIN(TestUdpSession)
#include "tst_udpsession.moc"
