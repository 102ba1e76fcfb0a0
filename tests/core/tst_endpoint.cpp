// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/endpoint.h"

#include <QTest>

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void ipv4TextIsQtsText();
    void parsePort_data();
    void parsePort();
    void destinationPortRefusesZero();
    void parseBindAddress_data();
    void parseBindAddress();
};

void TestEndpoint::formats_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v4") << "127.0.0.1" << 60001 << "127.0.0.1:60001";
    QTest::newRow("v6") << "::1" << 60001 << "[::1]:60001";
    QTest::newRow("mapped v4 shows as v4") << "::ffff:127.0.0.1" << 53422 << "127.0.0.1:53422";
    QTest::newRow("any v6") << "::" << 0 << "[::]:0";
    QTest::newRow("v4 any, port 0") << "0.0.0.0" << 0 << "0.0.0.0:0";
    QTest::newRow("v4 widest") << "255.255.255.255" << 65535 << "255.255.255.255:65535";
    QTest::newRow("v4 zeros inside") << "10.0.100.9" << 80 << "10.0.100.9:80";
}

void TestEndpoint::formats()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, expected);
    const Endpoint endpoint(QHostAddress(address), static_cast<quint16>(port));
    QCOMPARE(endpoint.toString(), expected);
    QVERIFY(!endpoint.isNull());
    QVERIFY(Endpoint().toString().isEmpty());
}

void TestEndpoint::ipv4TextIsQtsText()
{
    // IPv4 endpoints are formatted by hand (per accepted client, per drawn row): the same
    // text as QHostAddress and QString::number give, for every octet value and port width.
    for (quint32 octet = 0; octet < 256; ++octet) {
        for (const quint32 v4 : {octet << 24 | 1, 0x7f000000u | octet << 16 | octet,
                                 0x0a000000u | octet << 8, octet * 0x01010101u}) {
            const QHostAddress address(v4);
            const quint16 port = static_cast<quint16>(octet * 257);
            const Endpoint endpoint(address, port);
            QCOMPARE(endpoint.addressString(), address.toString());
            QCOMPARE(endpoint.toString(), address.toString() + u':' + QString::number(port));
        }
    }
}

void TestEndpoint::parsePort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("zero means any") << "0" << true << 0 << "";
    QTest::newRow("tutorial") << "60001" << true << 60001 << "";
    QTest::newRow("spaces") << " 80 " << true << 80 << "";
    QTest::newRow("max") << "65535" << true << 65535 << "";
    QTest::newRow("too big") << "65536" << false << 0 << "out of range";
    QTest::newRow("negative") << "-1" << false << 0 << "out of range";
    QTest::newRow("letters") << "abc" << false << 0 << "not a number";
    QTest::newRow("empty") << "" << false << 0 << "No port";
    QTest::newRow("huge") << "99999999999999999999" << false << 0 << "not a number";
}

void TestEndpoint::parsePort()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, port);
    QFETCH(QString, errorPart);
    QString error;
    const auto parsed = Endpoint::parsePort(text, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(int(*parsed), port);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }
}

void TestEndpoint::destinationPortRefusesZero()
{
    QString error;
    QVERIFY(!Endpoint::parseDestinationPort(QStringLiteral("0"), &error));
    QVERIFY2(error.contains(QStringLiteral("destination")), qPrintable(error));
    QCOMPARE(int(*Endpoint::parseDestinationPort(QStringLiteral("1"))), 1);
    QVERIFY(!Endpoint::parseDestinationPort(QStringLiteral("65536"), &error));
    QVERIFY2(error.contains(QStringLiteral("1 to 65535")), qPrintable(error));
}

void TestEndpoint::parseBindAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: invalid
    QTest::newRow("v4") << "127.0.0.1" << "127.0.0.1";
    QTest::newRow("v6") << "::1" << "::1";
    QTest::newRow("v6 bracketed") << "[::1]" << "::1";
    QTest::newRow("any v4") << "0.0.0.0" << "0.0.0.0";
    QTest::newRow("any v6") << "::" << "::";
    QTest::newRow("localhost") << "localhost" << "127.0.0.1";
    QTest::newRow("host name") << "example.com" << "";
    QTest::newRow("bad v4") << "256.1.1.1" << "";
    QTest::newRow("empty") << "  " << "";
}

void TestEndpoint::parseBindAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const auto parsed = Endpoint::parseBindAddress(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), expected);
    }
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
