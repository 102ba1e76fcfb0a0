// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/linktable.h"
#include "learn/messagelayers.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The four-layer table of a log row holds what is known and names what is not (issue 14,
// item 5): header sizes the protocols fix, ports and addresses from the event, the interface
// from the machine's table, no invented bytes.
class tst_MessageLayers : public QObject
{
    Q_OBJECT

private slots:
    void onlyDataRowsHaveLayers();
    void tcpReceivedOnLoopback();
    void udpSentCountsEveryHeader();
    void ipv6AndMappedPeers();
    void linkFromTheInterfaceTable();
    void largeDatagramIsFragmented();
    void tlsRowsSayTheyAreDecrypted();
    void readsThisMachine();

private:
    static TrafficEvent row(TrafficEvent::Kind kind, TrafficEvent::Protocol protocol,
                            const Endpoint &local, const Endpoint &peer, const QByteArray &bytes);
    static LinkTable fakeTable();
};

TrafficEvent tst_MessageLayers::row(TrafficEvent::Kind kind, TrafficEvent::Protocol protocol,
                                    const Endpoint &local, const Endpoint &peer,
                                    const QByteArray &bytes)
{
    TrafficEvent event;
    event.kind = kind;
    event.protocol = protocol;
    event.local = local;
    event.peer = peer;
    event.payload = bytes;
    event.size = bytes.size();
    return event;
}

LinkTable tst_MessageLayers::fakeTable()
{
    LinkTable table;
    LinkTable::Interface lo;
    lo.name = u"lo"_s;
    lo.type = QNetworkInterface::Loopback;
    lo.mtu = 65536;
    lo.addresses << QHostAddress(u"127.0.0.1"_s) << QHostAddress(u"::1"_s);
    LinkTable::Interface eth;
    eth.name = u"eth7"_s;
    eth.type = QNetworkInterface::Ethernet;
    eth.mtu = 1500;
    eth.addresses << QHostAddress(u"192.0.2.10"_s);
    table.interfaces << lo << eth;
    table.tcpTimestamps = true;
    return table;
}

void tst_MessageLayers::onlyDataRowsHaveLayers()
{
    const Endpoint local(QHostAddress::LocalHost, 60001);
    const Endpoint peer(QHostAddress::LocalHost, 50000);
    QVERIFY(MessageLayers::applies(
        row(TrafficEvent::Kind::Sent, TrafficEvent::Protocol::Tcp, local, peer, "x")));
    QVERIFY(MessageLayers::applies(
        row(TrafficEvent::Kind::Received, TrafficEvent::Protocol::Udp, local, peer, "x")));
    for (auto kind :
         {TrafficEvent::Kind::Listening, TrafficEvent::Kind::Accepted, TrafficEvent::Kind::Info,
          TrafficEvent::Kind::Error, TrafficEvent::Kind::Closed})
        QVERIFY(!MessageLayers::applies(row(kind, TrafficEvent::Protocol::Tcp, local, peer, {})));
}

void tst_MessageLayers::tcpReceivedOnLoopback()
{
    const LinkTable table = fakeTable();
    const TrafficEvent event = row(TrafficEvent::Kind::Received, TrafficEvent::Protocol::Tcp,
                                   Endpoint(QHostAddress::LocalHost, 60001),
                                   Endpoint(QHostAddress::LocalHost, 53422), "Hello World!\n");
    const MessageLayers::Table layers = MessageLayers::of(event, &table);
    const MessageLayer &app = layers[MessageLayers::Application];
    QCOMPARE(app.layer, u"Application"_s);
    QVERIFY2(app.contents.startsWith(u"13 byte(s): \"Hello World!\\n\""_s),
             qPrintable(app.contents));
    QVERIFY(app.contents.contains(u"48 65 6c 6c 6f 20 57 6f 72 6c 64 21 0a"_s));
    QVERIFY(app.contents.contains(u"byte stream"_s));
    QVERIFY(app.contents.contains(u"recv()"_s));

    const MessageLayer &transport = layers[MessageLayers::Transport];
    QCOMPARE(transport.protocol, u"TCP"_s);
    // Received: the peer's port is the source.
    QVERIFY(transport.contents.contains(u"Source port 53422 → destination port 60001"_s));
    QVERIFY(transport.header.startsWith(u"20 to 60 bytes"_s));
    QVERIFY(transport.header.contains(u"12 bytes"_s));

    const MessageLayer &internet = layers[MessageLayers::Internet];
    QCOMPARE(internet.protocol, u"IPv4"_s);
    QVERIFY(internet.contents.startsWith(u"From 127.0.0.1 to 127.0.0.1"_s));
    QVERIFY(internet.header.startsWith(u"20 bytes"_s));

    const MessageLayer &link = layers[MessageLayers::Link];
    QCOMPARE(link.protocol, u"lo"_s);
    QVERIFY(link.contents.contains(u"MTU 65536"_s));

    // Without the table (still being read) loopback is known all the same.
    QCOMPARE(MessageLayers::of(event, nullptr)[MessageLayers::Link].protocol, u"lo"_s);
    // Timestamps off: said as such.
    LinkTable off = table;
    off.tcpTimestamps = false;
    QVERIFY(MessageLayers::of(event, &off)[MessageLayers::Transport].header.contains(u"= 0"_s));
    // Unknown: only the range.
    LinkTable unknown = table;
    unknown.tcpTimestamps.reset();
    QCOMPARE(MessageLayers::of(event, &unknown)[MessageLayers::Transport].header,
             u"20 to 60 bytes per segment: 20 fixed, plus options that the log does not see."_s);
}

void tst_MessageLayers::udpSentCountsEveryHeader()
{
    const LinkTable table = fakeTable();
    const TrafficEvent event = row(TrafficEvent::Kind::Sent, TrafficEvent::Protocol::Udp,
                                   Endpoint(QHostAddress::LocalHost, 41000),
                                   Endpoint(QHostAddress::LocalHost, 60002), "Hello Server!");
    const MessageLayers::Table layers = MessageLayers::of(event, &table);
    QVERIFY(layers[MessageLayers::Application].contents.contains(u"one datagram"_s));
    QCOMPARE(layers[MessageLayers::Transport].protocol, u"UDP"_s);
    QVERIFY(layers[MessageLayers::Transport].contents.contains(
        u"Source port 41000 → destination port 60002"_s));
    QVERIFY(layers[MessageLayers::Transport].header.startsWith(u"8 bytes exactly"_s));
    QVERIFY(layers[MessageLayers::Transport].header.contains(u"says 21"_s));
    // 13 + 8 + 20.
    QVERIFY(layers[MessageLayers::Internet].header.contains(u"41 byte(s)"_s));
    QCOMPARE(MessageLayers::caption(event), u"Sent 13 byte(s) to 127.0.0.1:60002 over UDP"_s);
}

void tst_MessageLayers::ipv6AndMappedPeers()
{
    const LinkTable table = fakeTable();
    TrafficEvent v6 = row(TrafficEvent::Kind::Received, TrafficEvent::Protocol::Udp,
                          Endpoint(QHostAddress::LocalHostIPv6, 60002),
                          Endpoint(QHostAddress::LocalHostIPv6, 41000), "x");
    MessageLayers::Table layers = MessageLayers::of(v6, &table);
    QCOMPARE(layers[MessageLayers::Internet].protocol, u"IPv6"_s);
    QVERIFY(layers[MessageLayers::Internet].header.startsWith(u"40 bytes"_s));
    QVERIFY(layers[MessageLayers::Internet].header.contains(u"49 byte(s)"_s)); // 1 + 8 + 40
    QCOMPARE(layers[MessageLayers::Link].protocol, u"lo"_s);

    // A dual-stack server bound to :: hears an IPv4 client as ::ffff:127.0.0.1: IPv4 on
    // the wire.
    TrafficEvent mapped = row(TrafficEvent::Kind::Received, TrafficEvent::Protocol::Tcp,
                              Endpoint(QHostAddress(u"::ffff:127.0.0.1"_s), 60001),
                              Endpoint(QHostAddress(u"::ffff:127.0.0.1"_s), 53000), "x");
    layers = MessageLayers::of(mapped, &table);
    QCOMPARE(layers[MessageLayers::Internet].protocol, u"IPv4"_s);
    QVERIFY(layers[MessageLayers::Internet].contents.startsWith(u"From 127.0.0.1 to 127.0.0.1"_s));
    QCOMPARE(layers[MessageLayers::Link].protocol, u"lo"_s);
}

void tst_MessageLayers::linkFromTheInterfaceTable()
{
    const LinkTable table = fakeTable();
    const TrafficEvent out = row(TrafficEvent::Kind::Sent, TrafficEvent::Protocol::Tcp,
                                 Endpoint(QHostAddress(u"192.0.2.10"_s), 40000),
                                 Endpoint(QHostAddress(u"198.51.100.7"_s), 80), "GET");
    MessageLayers::Table layers = MessageLayers::of(out, &table);
    QCOMPARE(layers[MessageLayers::Link].protocol, u"eth7"_s);
    QVERIFY(layers[MessageLayers::Link].contents.contains(u"MTU 1500"_s));
    QVERIFY(layers[MessageLayers::Link].header.startsWith(u"Ethernet"_s));
    // Not read yet: said so, not guessed.
    QCOMPARE(MessageLayers::of(out, nullptr)[MessageLayers::Link].protocol, u"…"_s);

    // To this machine's own address: delivered through loopback.
    TrafficEvent self = out;
    self.peer = Endpoint(QHostAddress(u"192.0.2.10"_s), 60001);
    QCOMPARE(MessageLayers::of(self, &table)[MessageLayers::Link].protocol, u"lo"_s);

    // Bound to every address: which interface is not in the log.
    TrafficEvent any = row(TrafficEvent::Kind::Received, TrafficEvent::Protocol::Udp,
                           Endpoint(QHostAddress::AnyIPv4, 60002),
                           Endpoint(QHostAddress(u"198.51.100.7"_s), 5353), "q");
    layers = MessageLayers::of(any, &table);
    QCOMPARE(layers[MessageLayers::Link].protocol, u"Unknown"_s);
    QVERIFY(layers[MessageLayers::Internet].contents.contains(u"0.0.0.0"_s));

    // An address no interface holds any more.
    TrafficEvent gone = out;
    gone.local = Endpoint(QHostAddress(u"203.0.113.9"_s), 40000);
    QCOMPARE(MessageLayers::of(gone, &table)[MessageLayers::Link].protocol, u"Unknown"_s);
}

void tst_MessageLayers::largeDatagramIsFragmented()
{
    const LinkTable table = fakeTable();
    const TrafficEvent big
        = row(TrafficEvent::Kind::Sent, TrafficEvent::Protocol::Udp,
              Endpoint(QHostAddress(u"192.0.2.10"_s), 40000),
              Endpoint(QHostAddress(u"198.51.100.7"_s), 9), QByteArray(3000, 'a'));
    const MessageLayers::Table layers = MessageLayers::of(big, &table);
    QVERIFY(layers[MessageLayers::Link].contents.contains(u"fragments"_s));
    QVERIFY2(layers[MessageLayers::Application].contents.contains(u"…"_s),
             "only the first bytes are shown");
    // The log kept none of a payload: said so.
    TrafficEvent cut = big;
    cut.payload.clear();
    QVERIFY(MessageLayers::of(cut, &table)[MessageLayers::Application].contents.contains(
        u"did not keep"_s));
}

void tst_MessageLayers::tlsRowsSayTheyAreDecrypted()
{
    TrafficEvent tls = row(TrafficEvent::Kind::Received, TrafficEvent::Protocol::Tcp,
                           Endpoint(QHostAddress::LocalHost, 60001),
                           Endpoint(QHostAddress::LocalHost, 53000), "secret");
    tls.message = u"SSL_read()"_s;
    const MessageLayers::Table layers = MessageLayers::of(tls, nullptr);
    QVERIFY(layers[MessageLayers::Application].protocol.startsWith(u"TLS"_s));
    QVERIFY(layers[MessageLayers::Application].header.contains(u"TLS records"_s));
}

void tst_MessageLayers::readsThisMachine()
{
    // Every machine that runs the tests has a loopback interface holding 127.0.0.1.
    const LinkTable table = LinkTable::read();
    QVERIFY(table.loopback());
    QVERIFY(table.owning(QHostAddress::LocalHost));
    QCOMPARE(table.owning(QHostAddress::LocalHost)->name, table.loopback()->name);
}

QTEST_GUILESS_MAIN(tst_MessageLayers)
#include "tst_messagelayers.moc"
