// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/messagestore.h"
#include "messages/packetsenderimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Packet Sender's packets.ini and JSON export (fixtures written by hand from its documented
// format): every field that maps does, and every one that does not is named in a warning.
class TestPacketSenderImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsPacketsIni();
    void warnsAboutEveryUnmappedIniField();
    void importsJsonExport();
    void warnsAboutEveryUnmappedJsonField();
    void detectsTheJsonExport();
    void refusesWhatIsNotPacketSender();

private:
    static QString fixture(const char *name);
    static const Message *named(const QList<Message> &messages, const QString &name);
    static int warningsAbout(const QStringList &warnings, const QString &name);

    PacketSenderImport::Result m_ini;
    PacketSenderImport::Result m_json;
};

QString TestPacketSenderImport::fixture(const char *name)
{
    return QFINDTESTDATA(u"fixtures/packetsender/"_s + QLatin1StringView(name));
}

const Message *TestPacketSenderImport::named(const QList<Message> &messages, const QString &name)
{
    for (const Message &m : messages) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

int TestPacketSenderImport::warningsAbout(const QStringList &warnings, const QString &name)
{
    return int(warnings.filter(u'"' + name + u'"').size());
}

void TestPacketSenderImport::initTestCase()
{
    QVERIFY(!fixture("packets.ini").isEmpty());
    m_ini = PacketSenderImport::fromIniFile(fixture("packets.ini"));
    QVERIFY2(m_ini.isOk(), qPrintable(m_ini.error));
    QFile json(fixture("packets-export.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    m_json = PacketSenderImport::fromJson(json.readAll());
    QVERIFY2(m_json.isOk(), qPrintable(m_json.error));
}

void TestPacketSenderImport::importsPacketsIni()
{
    const QList<Message> &messages = m_ini.messages;
    // Eight packets; "Bad hex" is skipped rather than imported with wrong bytes.
    QCOMPARE(messages.size(), 7);
    QStringList names;
    for (const Message &m : messages)
        names << m.name;
    QCOMPARE(names, (QStringList{u"Modbus read holding"_s, u"Heartbeat UDP"_s,
                                 u"温度センサー"_s, u"Status, verbose"_s, u"Secure hello"_s,
                                 u"HTTP get page"_s, u"Spoofed source"_s}));

    const Message *modbus = named(messages, u"Modbus read holding"_s);
    QVERIFY(modbus && modbus->target);
    QCOMPARE(modbus->payload, QByteArray("\x00\x01\x00\x00\x00\x06\x01\x03\x00\x00\x00\x0a", 12));
    QCOMPARE(modbus->target->protocol, TrafficEvent::Protocol::Tcp);
    QCOMPARE(modbus->target->host, u"127.0.0.1"_s);
    QCOMPARE(modbus->target->port, quint16(502));
    QCOMPARE(modbus->repeatIntervalMs, 0);
    QCOMPARE(modbus->format, PayloadCodec::Format::Hex);
    QVERIFY(!modbus->id.isEmpty());

    const Message *heartbeat = named(messages, u"Heartbeat UDP"_s);
    QVERIFY(heartbeat && heartbeat->target);
    QCOMPARE(heartbeat->payload, QByteArray("PING\r\n"));
    QCOMPARE(heartbeat->format, PayloadCodec::Format::Text);
    QCOMPARE(heartbeat->target->protocol, TrafficEvent::Protocol::Udp);
    QCOMPARE(heartbeat->target->port, quint16(9000));
    QCOMPARE(heartbeat->repeatIntervalMs, 250); // 0.25 s

    const Message *sensor = named(messages, u"温度センサー"_s);
    QVERIFY(sensor && sensor->target);
    QCOMPARE(sensor->payload, QByteArray("温度\x00\xff", 8));
    QCOMPARE(sensor->target->protocol, TrafficEvent::Protocol::Udp); // "udp" in lower case
    QCOMPARE(sensor->target->host, u"::1"_s);
    QCOMPARE(sensor->repeatIntervalMs, 1500);

    const Message *status = named(messages, u"Status, verbose"_s);
    QVERIFY(status && status->target);
    QCOMPARE(status->target->host, u"localhost"_s);
    QCOMPARE(status->target->port, quint16(7));

    const Message *secure = named(messages, u"Secure hello"_s);
    QVERIFY(secure);
    QVERIFY(!secure->target); // SSL: no plain target
    QCOMPARE(secure->payload, QByteArray("hello"));
    QVERIFY2(secure->notes.contains(u"SSL"_s) && secure->notes.contains(u"8443"_s),
             qPrintable(secure->notes));

    const Message *http = named(messages, u"HTTP get page"_s);
    QVERIFY(http);
    QVERIFY(!http->target);
    QVERIFY(http->payload.isEmpty());

    const Message *spoofed = named(messages, u"Spoofed source"_s);
    QVERIFY(spoofed);
    QCOMPARE(spoofed->payload, QByteArray("ABC"));
    QVERIFY(!spoofed->target); // port 70000
    QCOMPARE(spoofed->repeatIntervalMs, 0); // "abc"
}

void TestPacketSenderImport::warnsAboutEveryUnmappedIniField()
{
    const QStringList &w = m_ini.warnings;
    QCOMPARE(warningsAbout(w, u"Modbus read holding"_s), 0);
    QCOMPARE(warningsAbout(w, u"Heartbeat UDP"_s), 0);
    QCOMPARE(warningsAbout(w, u"温度センサー"_s), 0);
    QCOMPARE(warningsAbout(w, u"Status, verbose"_s), 0);

    QCOMPARE(warningsAbout(w, u"Secure hello"_s), 1);
    QVERIFY(!w.filter(u"\"Secure hello\": the protocol \"SSL\" is not mapped"_s).isEmpty());

    QCOMPARE(warningsAbout(w, u"Bad hex"_s), 1);
    QVERIFY(!w.filter(u"\"Bad hex\" was skipped: its hexString is not valid hex"_s).isEmpty());

    QCOMPARE(warningsAbout(w, u"HTTP get page"_s), 2);
    QVERIFY(!w.filter(u"\"HTTP get page\": the protocol \"HTTP Get\""_s).isEmpty());
    QVERIFY(!w.filter(u"requestPath /index.html"_s).isEmpty());

    // Port, resend interval, fromIP, fromPort, sendResponse.
    QCOMPARE(warningsAbout(w, u"Spoofed source"_s), 5);
    QVERIFY(!w.filter(u"the port \"70000\""_s).isEmpty());
    QVERIFY(!w.filter(u"the resend interval \"abc\""_s).isEmpty());
    QVERIFY(!w.filter(u"fromIP 192.0.2.10"_s).isEmpty());
    QVERIFY(!w.filter(u"fromPort 40000"_s).isEmpty());
    QVERIFY(!w.filter(u"\"Spoofed source\": the response setting (sendResponse)"_s).isEmpty());
    QCOMPARE(w.size(), 9);
    for (const QString &warning : w)
        QVERIFY2(!warning.contains(u'\n') && warning.endsWith(u'.'),
                 qPrintable(warning));
}

void TestPacketSenderImport::importsJsonExport()
{
    const QList<Message> &messages = m_json.messages;
    QCOMPARE(messages.size(), 4); // the nameless packet is skipped

    const Message *rtu = named(messages, u"RTU poll"_s);
    QVERIFY(rtu && rtu->target);
    QCOMPARE(rtu->payload, QByteArray("\x01\x03\x00\x00\x00\x0a", 6));
    QCOMPARE(rtu->target->protocol, TrafficEvent::Protocol::Tcp);
    QCOMPARE(rtu->target->port, quint16(5020));

    const Message *hello = named(messages, u"Hello Server! tutorial"_s);
    QVERIFY(hello && hello->target);
    QCOMPARE(hello->payload, QByteArray("Hello Server!"));
    QCOMPARE(hello->target->protocol, TrafficEvent::Protocol::Udp);
    QCOMPARE(hello->target->host, u"127.0.0.1"_s);
    QCOMPARE(hello->target->port, quint16(60002));
    QCOMPARE(hello->repeatIntervalMs, 500);

    const Message *dtls = named(messages, u"DTLS ping"_s);
    QVERIFY(dtls && !dtls->target);
    QCOMPARE(dtls->payload, QByteArray("ping"));

    const Message *binary = named(messages, u"Binary from fixed port"_s);
    QVERIFY(binary && binary->target);
    QCOMPARE(binary->payload, QByteArray("\x00\xff", 2));
    QCOMPARE(binary->repeatIntervalMs, 2000);
}

void TestPacketSenderImport::warnsAboutEveryUnmappedJsonField()
{
    const QStringList &w = m_json.warnings;
    QCOMPARE(warningsAbout(w, u"RTU poll"_s), 0);
    QCOMPARE(warningsAbout(w, u"Hello Server! tutorial"_s), 0);
    QCOMPARE(warningsAbout(w, u"DTLS ping"_s), 1);
    QVERIFY(!w.filter(u"the protocol \"DTLS\" is not mapped"_s).isEmpty());
    QCOMPARE(warningsAbout(w, u"Binary from fixed port"_s), 1);
    QVERIFY(!w.filter(u"fromPort 12345"_s).isEmpty());
    QVERIFY(!w.filter(u"without a name was skipped"_s).isEmpty());
    QCOMPARE(w.size(), 3);
}

void TestPacketSenderImport::detectsTheJsonExport()
{
    QFile json(fixture("packets-export.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(PacketSenderImport::isPacketSenderJson(json.readAll()));
    QVERIFY(!PacketSenderImport::isPacketSenderJson(R"({"format":"socklab-messages"})"));
    QVERIFY(!PacketSenderImport::isPacketSenderJson("[1,2]"));
    // Numbers written as numbers are accepted too.
    const PacketSenderImport::Result numbers = PacketSenderImport::fromJson(
            R"([{"name":"n","hexstring":"41","tcporudp":"udp","toip":"127.0.0.1","port":9,)"
            R"("repeat":0.1}])");
    QCOMPARE(numbers.messages.size(), 1);
    QCOMPARE(numbers.messages.at(0).target->port, quint16(9));
    QCOMPARE(numbers.messages.at(0).repeatIntervalMs, 100);
    QVERIFY(numbers.warnings.isEmpty());
}

void TestPacketSenderImport::refusesWhatIsNotPacketSender()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.ini"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[window]\ngeometry=1\n");
    file.close();
    const PacketSenderImport::Result result = PacketSenderImport::fromIniFile(path);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error.contains(u"no Packet Sender packets"_s), qPrintable(result.error));
    QVERIFY(!PacketSenderImport::fromIniFile(dir.filePath(u"missing.ini"_s)).isOk());
    QVERIFY(!PacketSenderImport::fromJson("{not json").isOk());
}

QTEST_GUILESS_MAIN(TestPacketSenderImport)
#include "tst_packetsenderimport.moc"
