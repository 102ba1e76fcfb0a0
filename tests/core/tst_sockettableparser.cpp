// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockettableparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using Protocol = SocketRecord::Protocol;
using Family = SocketRecord::Family;
using State = SocketRecord::State;

// The parser on real /proc/net tables (tests/core/fixtures/procnet, captured by capture.py
// while python3 held one socket of every kind) and on malformed input.
class tst_SocketTableParser : public QObject
{
    Q_OBJECT

private slots:
    void tcp4Fixture();
    void tcp6FixtureWithMappedAddress();
    void udpFixtures();
    void malformedLines_data();
    void malformedLines();
    void hugeAndBinaryInput();
    void socketLinks_data();
    void socketLinks();
    void comm();
    void stateNames();

private:
    static QByteArray fixture(const char *name);
    static const SocketRecord *find(const QList<SocketRecord> &records, const QString &local,
                                    const QString &remote);
};

QByteArray tst_SocketTableParser::fixture(const char *name)
{
    QFile file(QFINDTESTDATA(u"fixtures/procnet/"_s + QLatin1StringView(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const SocketRecord *tst_SocketTableParser::find(const QList<SocketRecord> &records,
                                                const QString &local, const QString &remote)
{
    for (const SocketRecord &record : records) {
        if (record.local.toString() == local && record.remote.toString() == remote)
            return &record;
    }
    return nullptr;
}

void tst_SocketTableParser::tcp4Fixture()
{
    const QByteArray text = fixture("tcp");
    QVERIFY(!text.isEmpty());
    const auto result = SocketTableParser::parseProcNet(text, Protocol::Tcp, Family::IPv4);
    QCOMPARE(result.malformedLines, 0);
    QVERIFY(result.firstError.isEmpty());
    QCOMPARE(result.records.size(), 7);

    const SocketRecord *listener = find(result.records, u"127.0.0.1:60001"_s, u"0.0.0.0:0"_s);
    QVERIFY(listener);
    QCOMPARE(listener->state, State::Listen);
    QCOMPARE(listener->stateName(), u"LISTEN"_s);
    QCOMPARE(listener->protocol, Protocol::Tcp);
    QCOMPARE(listener->family, Family::IPv4);
    QCOMPARE(listener->inode, 539947u);
    QCOMPARE(listener->uid, 0u);
    QVERIFY(listener->isListening());
    QCOMPARE(listener->netstatProtocol(), u"tcp"_s);

    const SocketRecord *client = find(result.records, u"127.0.0.1:44980"_s, u"127.0.0.1:60001"_s);
    const SocketRecord *accepted = find(result.records, u"127.0.0.1:60001"_s, u"127.0.0.1:44980"_s);
    QVERIFY(client && accepted);
    QCOMPARE(client->stateName(), u"ESTABLISHED"_s);
    QCOMPARE(accepted->stateName(), u"ESTABLISHED"_s);
    QCOMPARE(client->inode, 539948u);
    QCOMPARE(accepted->inode, 539949u);
    QVERIFY(!client->isListening());

    const SocketRecord *timeWait = find(result.records, u"127.0.0.1:44982"_s, u"127.0.0.1:60001"_s);
    QVERIFY(timeWait);
    QCOMPARE(timeWait->stateName(), u"TIME-WAIT"_s);
    QCOMPARE(timeWait->inode, 0u); // nobody holds a TIME-WAIT socket

    const SocketRecord *finWait = find(result.records, u"127.0.0.1:44990"_s, u"127.0.0.1:60001"_s);
    const SocketRecord *closeWait
        = find(result.records, u"127.0.0.1:60001"_s, u"127.0.0.1:44990"_s);
    QVERIFY(finWait && closeWait);
    QCOMPARE(finWait->stateName(), u"FIN-WAIT-2"_s);
    QCOMPARE(closeWait->stateName(), u"CLOSE-WAIT"_s);
    QCOMPARE(closeWait->recvQ, 1u);
    QCOMPARE(closeWait->sendQ, 0u);
}

void tst_SocketTableParser::tcp6FixtureWithMappedAddress()
{
    const auto result
        = SocketTableParser::parseProcNet(fixture("tcp6"), Protocol::Tcp, Family::IPv6);
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.records.size(), 5);

    const SocketRecord *any = find(result.records, u"[::]:60004"_s, u"[::]:0"_s);
    QVERIFY(any);
    QCOMPARE(any->stateName(), u"LISTEN"_s);
    QCOMPARE(any->netstatProtocol(), u"tcp6"_s);
    const SocketRecord *loopback = find(result.records, u"[::1]:60003"_s, u"[::]:0"_s);
    QVERIFY(loopback);
    QCOMPARE(loopback->inode, 539954u);
    QVERIFY(find(result.records, u"[::1]:55966"_s, u"[::1]:60003"_s));
    QVERIFY(find(result.records, u"[::1]:60003"_s, u"[::1]:55966"_s));

    // The dual-stack listener's IPv4 peer: ::ffff:127.0.0.1 in the table, 127.0.0.1 shown.
    const SocketRecord *mapped = find(result.records, u"127.0.0.1:60004"_s, u"127.0.0.1:58074"_s);
    QVERIFY(mapped);
    QCOMPARE(mapped->family, Family::IPv6);
    QCOMPARE(mapped->stateName(), u"ESTABLISHED"_s);
    QCOMPARE(mapped->inode, 539959u);
}

void tst_SocketTableParser::udpFixtures()
{
    const auto v4 = SocketTableParser::parseProcNet(fixture("udp"), Protocol::Udp, Family::IPv4);
    QCOMPARE(v4.malformedLines, 0);
    QCOMPARE(v4.records.size(), 2);
    const SocketRecord *bound = find(v4.records, u"127.0.0.1:60002"_s, u"0.0.0.0:0"_s);
    QVERIFY(bound);
    QCOMPARE(bound->stateName(), u"UNCONN"_s);
    QVERIFY(bound->isListening());
    QCOMPARE(bound->recvQ, 832u); // the datagram left unread, counted by the kernel's truesize
    QCOMPARE(bound->protocolName(), u"udp"_s);
    const SocketRecord *connected = find(v4.records, u"127.0.0.1:54297"_s, u"127.0.0.1:60002"_s);
    QVERIFY(connected);
    QCOMPARE(connected->stateName(), u"ESTABLISHED"_s);
    QVERIFY(!connected->isListening());

    const auto v6 = SocketTableParser::parseProcNet(fixture("udp6"), Protocol::Udp, Family::IPv6);
    QCOMPARE(v6.malformedLines, 0);
    QCOMPARE(v6.records.size(), 1);
    QCOMPARE(v6.records.constFirst().local.toString(), u"[::1]:60005"_s);
    QCOMPARE(v6.records.constFirst().stateName(), u"UNCONN"_s);
    QCOMPARE(v6.records.constFirst().netstatProtocol(), u"udp6"_s);
}

void tst_SocketTableParser::malformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    const QByteArray rest = " 00000000:00000000 00:00000000 00000000     0        0 539947 1";
    QTest::newRow("too few fields")
        << QByteArray("0: 0100007F:EA61 00000000:0000 0A") << u"fields"_s;
    QTest::newRow("no slot colon")
        << QByteArray("0 0100007F:EA61 00000000:0000 0A") + rest << u"slot"_s;
    QTest::newRow("bad hex address")
        << QByteArray("0: 0100007G:EA61 00000000:0000 0A") + rest << u"address"_s;
    QTest::newRow("short address")
        << QByteArray("0: 100007F:EA61 00000000:0000 0A") + rest << u"address"_s;
    QTest::newRow("overlong address")
        << QByteArray("0: 0100007F00:EA61 00000000:0000 0A") + rest << u"address"_s;
    QTest::newRow("no port") << QByteArray("0: 0100007F 00000000:0000 0A") + rest << u"address"_s;
    QTest::newRow("port too long")
        << QByteArray("0: 0100007F:EA6100 00000000:0000 0A") + rest << u"address"_s;
    QTest::newRow("state 0") << QByteArray("0: 0100007F:EA61 00000000:0000 00") + rest
                             << u"state"_s;
    QTest::newRow("state 13") << QByteArray("0: 0100007F:EA61 00000000:0000 0D") + rest
                              << u"state"_s;
    QTest::newRow("state text") << QByteArray("0: 0100007F:EA61 00000000:0000 ZZ") + rest
                                << u"state"_s;
    QTest::newRow("queues without colon")
        << QByteArray("0: 0100007F:EA61 00000000:0000 0A 0000000000000000 00:0 0 0 0 1")
        << u"queue"_s;
    QTest::newRow("queue overflow")
        << QByteArray("0: 0100007F:EA61 00000000:0000 0A 000000000:0 00:0 0 0 0 1") << u"queue"_s;
    QTest::newRow("uid overflow") << QByteArray(
        "0: 0100007F:EA61 00000000:0000 0A 0:0 00:0 0 4294967296 0 1")
                                  << u"uid"_s;
    QTest::newRow("inode overflow")
        << QByteArray("0: 0100007F:EA61 00000000:0000 0A 0:0 00:0 0 0 0 "
                      "18446744073709551616")
        << u"inode"_s;
    QTest::newRow("negative inode")
        << QByteArray("0: 0100007F:EA61 00000000:0000 0A 0:0 00:0 0 0 0 -1") << u"inode"_s;
    QTest::newRow("v6 address in v4 table")
        << QByteArray("0: 00000000000000000000000001000000:EA63 00000000:0000 0A") + rest
        << u"address"_s;
}

void tst_SocketTableParser::malformedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    // The bad line sits between two good ones: both good ones still come out.
    const QByteArray good = "   1: 0100007F:EA61 00000000:0000 0A 00000000:00000000 00:00000000 "
                            "00000000     0        0 539947 1 00000000d99730ba 100 0 0 10 0";
    const QByteArray text = "  sl  local_address rem_address   st tx_queue rx_queue\n" + good + '\n'
        + line + '\n' + good + '\n';
    const auto result = SocketTableParser::parseProcNet(text, Protocol::Tcp, Family::IPv4);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.malformedLines, 1);
    QVERIFY2(result.firstError.startsWith(u"Line 3: "), qPrintable(result.firstError));
    QVERIFY2(result.firstError.contains(reason), qPrintable(result.firstError));
}

void tst_SocketTableParser::hugeAndBinaryInput()
{
    QCOMPARE(SocketTableParser::parseProcNet({}, Protocol::Tcp, Family::IPv4).records.size(), 0);
    const QByteArray headerOnly = "  sl  local_address rem_address   st\n";
    auto result = SocketTableParser::parseProcNet(headerOnly, Protocol::Udp, Family::IPv6);
    QCOMPARE(result.records.size(), 0);
    QCOMPARE(result.malformedLines, 0);

    // One 4 MiB line of hex digits, NUL bytes, a lone colon: malformed, never a crash.
    QByteArray binary(4 << 20, 'F');
    binary += QByteArray("\n\0\0\xff\xfe:\n:\n", 9);
    result = SocketTableParser::parseProcNet(binary, Protocol::Tcp, Family::IPv6);
    QCOMPARE(result.records.size(), 0);
    QCOMPARE(result.malformedLines, 3);

    // CRLF line ends and no final newline still parse.
    const QByteArray crlf = "0: 0100007F:EA61 00000000:0000 0A 0:0 00:0 0 1000 0 42\r\n"
                            "1: 0100007F:EA62 00000000:0000 07 0:0 00:0 0 1000 0 43";
    result = SocketTableParser::parseProcNet(crlf, Protocol::Udp, Family::IPv4);
    QCOMPARE(result.malformedLines, 0);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.at(1).uid, 1000u);
    QCOMPARE(result.records.at(1).inode, 43u);
}

void tst_SocketTableParser::socketLinks_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<qint64>("inode"); // -1: not a socket
    QTest::newRow("socket") << QByteArray("socket:[12345]") << qint64(12345);
    QTest::newRow("max") << QByteArray("socket:[18446744073709551615]") << qint64(-2);
    QTest::newRow("pipe") << QByteArray("pipe:[12345]") << qint64(-1);
    QTest::newRow("file") << QByteArray("/dev/null") << qint64(-1);
    QTest::newRow("empty number") << QByteArray("socket:[]") << qint64(-1);
    QTest::newRow("no bracket") << QByteArray("socket:[12") << qint64(-1);
    QTest::newRow("letters") << QByteArray("socket:[12a]") << qint64(-1);
    QTest::newRow("overflow") << QByteArray("socket:[18446744073709551616]") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void tst_SocketTableParser::socketLinks()
{
    QFETCH(QByteArray, target);
    QFETCH(qint64, inode);
    const std::optional<quint64> parsed = SocketTableParser::parseSocketLink(target);
    if (inode == -1) {
        QVERIFY(!parsed);
    } else if (inode == -2) {
        QVERIFY(parsed);
        QCOMPARE(*parsed, ~quint64(0));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, quint64(inode));
    }
}

void tst_SocketTableParser::comm()
{
    QCOMPARE(SocketTableParser::parseComm("python3\n"), u"python3"_s);
    QCOMPARE(SocketTableParser::parseComm("socklab\n"), u"socklab"_s);
    QCOMPARE(SocketTableParser::parseComm(""), QString());
}

void tst_SocketTableParser::stateNames()
{
    const QList<std::pair<State, QString>> tcp = {
        {State::Established, u"ESTABLISHED"_s},
        {State::SynSent, u"SYN-SENT"_s},
        {State::SynRecv, u"SYN-RECV"_s},
        {State::FinWait1, u"FIN-WAIT-1"_s},
        {State::FinWait2, u"FIN-WAIT-2"_s},
        {State::TimeWait, u"TIME-WAIT"_s},
        {State::Close, u"CLOSE"_s},
        {State::CloseWait, u"CLOSE-WAIT"_s},
        {State::LastAck, u"LAST-ACK"_s},
        {State::Listen, u"LISTEN"_s},
        {State::Closing, u"CLOSING"_s},
    };
    for (const auto &[state, name] : tcp)
        QCOMPARE(SocketRecord::stateName(Protocol::Tcp, state), name);
    QCOMPARE(SocketRecord::stateName(Protocol::Udp, State::Close), u"UNCONN"_s);
    QCOMPARE(SocketRecord::stateName(Protocol::Udp, State::Established), u"ESTABLISHED"_s);
}

QTEST_GUILESS_MAIN(tst_SocketTableParser)
#include "tst_sockettableparser.moc"
