// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockettable/sockdiagparser.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

using Protocol = SocketRecord::Protocol;
using Family = SocketRecord::Family;
using State = SocketRecord::State;

// The netlink sock_diag parser on real dumps (tests/core/fixtures/sockdiag, captured by
// capture.py while python3 held one socket of every kind) and on broken messages.
class tst_SockDiagParser : public QObject
{
    Q_OBJECT

private slots:
    void tcp4Dump();
    void tcp6DumpWithMappedAddress();
    void udpDumps();
    void splitAcrossBuffers();
    void errorReply();
    void brokenMessages_data();
    void brokenMessages();

private:
    static QByteArray fixture(const char *name);
    static SockDiagParser::Result parse(const QByteArray &bytes, Protocol protocol);
    static const SocketRecord *find(const QList<SocketRecord> &records, const QString &local,
                                    const QString &remote);
    static QByteArray message(quint16 type, const QByteArray &payload);
};

QByteArray tst_SockDiagParser::fixture(const char *name)
{
    QFile file(QFINDTESTDATA(u"fixtures/sockdiag/"_s + QLatin1StringView(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

SockDiagParser::Result tst_SockDiagParser::parse(const QByteArray &bytes, Protocol protocol)
{
    SockDiagParser::Result result;
    SockDiagParser::parse(bytes, protocol, &result);
    return result;
}

const SocketRecord *tst_SockDiagParser::find(const QList<SocketRecord> &records,
                                             const QString &local, const QString &remote)
{
    for (const SocketRecord &record : records) {
        if (record.local.toString() == local && record.remote.toString() == remote)
            return &record;
    }
    return nullptr;
}

QByteArray tst_SockDiagParser::message(quint16 type, const QByteArray &payload)
{
    QByteArray bytes(16, '\0');
    const quint32 length = quint32(16 + payload.size());
    std::memcpy(bytes.data(), &length, 4);
    std::memcpy(bytes.data() + 4, &type, 2);
    bytes += payload;
    while (bytes.size() % 4)
        bytes += '\0';
    return bytes;
}

void tst_SockDiagParser::tcp4Dump()
{
    const QByteArray bytes = fixture("tcp.bin");
    QVERIFY(!bytes.isEmpty());
    const auto result = parse(bytes, Protocol::Tcp);
    QVERIFY(result.isDone);
    QCOMPARE(result.error, 0);
    QCOMPARE(result.parsed.malformedLines, 0);
    QCOMPARE(result.parsed.records.size(), 8);

    const SocketRecord *listener
        = find(result.parsed.records, u"127.0.0.1:60001"_s, u"0.0.0.0:0"_s);
    QVERIFY(listener);
    QCOMPARE(listener->state, State::Listen);
    QCOMPARE(listener->family, Family::IPv4);
    QCOMPARE(listener->inode, 1317741u);
    QCOMPARE(listener->sendQ, 16u); // netlink reports a listener's backlog, as ss shows it
    const SocketRecord *client
        = find(result.parsed.records, u"127.0.0.1:57474"_s, u"127.0.0.1:60001"_s);
    const SocketRecord *accepted
        = find(result.parsed.records, u"127.0.0.1:60001"_s, u"127.0.0.1:57474"_s);
    QVERIFY(client && accepted);
    QCOMPARE(client->stateName(), u"ESTABLISHED"_s);
    QCOMPARE(accepted->inode, 1317743u);
    const SocketRecord *timeWait
        = find(result.parsed.records, u"127.0.0.1:57482"_s, u"127.0.0.1:60001"_s);
    QVERIFY(timeWait);
    QCOMPARE(timeWait->stateName(), u"TIME-WAIT"_s);
    QCOMPARE(timeWait->inode, 0u);
    const SocketRecord *finWait
        = find(result.parsed.records, u"127.0.0.1:57486"_s, u"127.0.0.1:60001"_s);
    const SocketRecord *closeWait
        = find(result.parsed.records, u"127.0.0.1:60001"_s, u"127.0.0.1:57486"_s);
    QVERIFY(finWait && closeWait);
    QCOMPARE(finWait->stateName(), u"FIN-WAIT-2"_s);
    QCOMPARE(closeWait->stateName(), u"CLOSE-WAIT"_s);
    QCOMPARE(closeWait->recvQ, 1u);
    // The dual-stack listener's IPv4 client is an ordinary IPv4 socket.
    QVERIFY(find(result.parsed.records, u"127.0.0.1:40462"_s, u"127.0.0.1:60004"_s));
}

void tst_SockDiagParser::tcp6DumpWithMappedAddress()
{
    const auto result = parse(fixture("tcp6.bin"), Protocol::Tcp);
    QVERIFY(result.isDone);
    QCOMPARE(result.parsed.malformedLines, 0);
    QCOMPARE(result.parsed.records.size(), 5);
    const SocketRecord *any = find(result.parsed.records, u"[::]:60004"_s, u"[::]:0"_s);
    QVERIFY(any);
    QCOMPARE(any->stateName(), u"LISTEN"_s);
    QCOMPARE(any->family, Family::IPv6);
    QVERIFY(find(result.parsed.records, u"[::1]:60003"_s, u"[::]:0"_s));
    QVERIFY(find(result.parsed.records, u"[::1]:39884"_s, u"[::1]:60003"_s));
    const SocketRecord *mapped
        = find(result.parsed.records, u"127.0.0.1:60004"_s, u"127.0.0.1:40462"_s);
    QVERIFY(mapped);
    QCOMPARE(mapped->family, Family::IPv6);
    QCOMPARE(mapped->netstatProtocol(), u"tcp6"_s);
    QCOMPARE(mapped->inode, 1317753u);
}

void tst_SockDiagParser::udpDumps()
{
    const auto v4 = parse(fixture("udp.bin"), Protocol::Udp);
    QVERIFY(v4.isDone);
    QCOMPARE(v4.parsed.records.size(), 2);
    const SocketRecord *bound = find(v4.parsed.records, u"127.0.0.1:60002"_s, u"0.0.0.0:0"_s);
    QVERIFY(bound);
    QCOMPARE(bound->stateName(), u"UNCONN"_s);
    QCOMPARE(bound->recvQ, 832u);
    QCOMPARE(bound->protocol, Protocol::Udp);
    const SocketRecord *connected
        = find(v4.parsed.records, u"127.0.0.1:51387"_s, u"127.0.0.1:60002"_s);
    QVERIFY(connected);
    QCOMPARE(connected->stateName(), u"ESTABLISHED"_s);

    const auto v6 = parse(fixture("udp6.bin"), Protocol::Udp);
    QVERIFY(v6.isDone);
    QCOMPARE(v6.parsed.records.size(), 1);
    QCOMPARE(v6.parsed.records.constFirst().local.toString(), u"[::1]:60005"_s);
    QCOMPARE(v6.parsed.records.constFirst().inode, 1317755u);
}

void tst_SockDiagParser::splitAcrossBuffers()
{
    // recv() returns whole messages, several buffers per dump: results accumulate.
    const QByteArray bytes = fixture("tcp.bin");
    const qsizetype firstLength = qFromLittleEndian<quint32>(bytes.constData());
    SockDiagParser::Result result;
    SockDiagParser::parse(QByteArrayView(bytes).first(firstLength), Protocol::Tcp, &result);
    QVERIFY(!result.isDone);
    QCOMPARE(result.parsed.records.size(), 1);
    SockDiagParser::parse(QByteArrayView(bytes).sliced(firstLength), Protocol::Tcp, &result);
    QVERIFY(result.isDone);
    QCOMPARE(result.parsed.records.size(), 8);
    QCOMPARE(result.parsed.malformedLines, 0);
}

void tst_SockDiagParser::errorReply()
{
    const qint32 minusEnoent = -2;
    QByteArray payload(4, '\0');
    std::memcpy(payload.data(), &minusEnoent, 4);
    const auto result = parse(message(2, payload + QByteArray(16, '\0')), Protocol::Udp);
    QVERIFY(result.isDone);
    QCOMPARE(result.error, 2);
    QCOMPARE(result.parsed.records.size(), 0);
}

void tst_SockDiagParser::brokenMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("malformed");
    const QByteArray good = fixture("udp6.bin").chopped(20); // one message, no NLMSG_DONE
    QByteArray badFamily = good;
    badFamily[16] = 7;
    QByteArray badState = good;
    badState[17] = 0;
    QByteArray hugeLength = good;
    hugeLength[3] = char(0x7f);
    QByteArray tinyLength = good;
    tinyLength[0] = 8;
    tinyLength[1] = 0;
    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("half a header") << QByteArray(10, '\xff') << 0 << 1;
    QTest::newRow("truncated message") << good.first(60) << 0 << 1;
    QTest::newRow("length past the end") << hugeLength << 0 << 1;
    QTest::newRow("length below a header") << tinyLength << 0 << 1;
    QTest::newRow("too short for a socket") << message(20, QByteArray(40, '\0')) << 0 << 1;
    QTest::newRow("unknown family") << badFamily + good << 1 << 1;
    QTest::newRow("state 0") << badState + good << 1 << 1;
    QTest::newRow("other message types are skipped") << message(1, "x") + good << 1 << 0;
    QTest::newRow("trailing garbage") << good + QByteArray(5, '\0') << 1 << 1;
}

void tst_SockDiagParser::brokenMessages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, records);
    QFETCH(int, malformed);
    const auto result = parse(bytes, Protocol::Tcp);
    QCOMPARE(result.parsed.records.size(), records);
    QCOMPARE(result.parsed.malformedLines, malformed);
    QVERIFY(!result.isDone);
    if (malformed > 0)
        QVERIFY(!result.parsed.firstError.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SockDiagParser)
#include "tst_sockdiagparser.moc"
