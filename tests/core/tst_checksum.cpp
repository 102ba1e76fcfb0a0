// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/checksum.h"

#include "messages/messagejson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Algorithm = Checksum::Algorithm;
using ByteOrder = Checksum::ByteOrder;

class tst_Checksum : public QObject
{
    Q_OBJECT

private slots:
    void catalogueCheckValues_data();
    void catalogueCheckValues();
    void handComputedVectors_data();
    void handComputedVectors();
    void byteOrder_data();
    void byteOrder();
    void modbusFrameOnTheWire();
    void noneAppendsNothing();
    void namesRoundTrip();
    void namesAreTheLibraryFormat();
};

void tst_Checksum::catalogueCheckValues_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<quint32>("check"); // of "123456789"
    QTest::addColumn<quint32>("empty"); // of no bytes: init ^ xorout
    QTest::addColumn<int>("width");
    QTest::newRow("sum8") << int(Algorithm::Sum8) << 0xDDu << 0x00u << 1;
    QTest::newRow("xor8") << int(Algorithm::Xor8) << 0x31u << 0x00u << 1;
    QTest::newRow("crc8/smbus") << int(Algorithm::Crc8) << 0xF4u << 0x00u << 1;
    QTest::newRow("crc16/modbus") << int(Algorithm::Crc16Modbus) << 0x4B37u << 0xFFFFu << 2;
    QTest::newRow("crc16/ccitt-false")
        << int(Algorithm::Crc16CcittFalse) << 0x29B1u << 0xFFFFu << 2;
    QTest::newRow("crc32") << int(Algorithm::Crc32) << 0xCBF43926u << 0x00000000u << 4;
}

void tst_Checksum::catalogueCheckValues()
{
    QFETCH(int, algorithm);
    QFETCH(quint32, check);
    QFETCH(quint32, empty);
    QFETCH(int, width);
    const auto a = static_cast<Algorithm>(algorithm);
    QCOMPARE(Checksum::compute(a, QByteArrayLiteral("123456789")), check);
    QCOMPARE(Checksum::compute(a, QByteArray()), empty);
    QCOMPARE(Checksum::width(a), width);
    QCOMPARE(Checksum::bytes(a, QByteArray(), ByteOrder::BigEndian).size(), width);
}

void tst_Checksum::handComputedVectors_data()
{
    // Worked out bit by bit (python3, outside SockLab) from the catalogue parameters.
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("expected");
    const QByteArray ab("AB");
    const QByteArray ones("\xff\xff\xff\xff", 4);
    const QByteArray zero("\x00", 1);
    QTest::newRow("sum8 AB") << int(Algorithm::Sum8) << ab << 0x83u;
    QTest::newRow("sum8 wraps") << int(Algorithm::Sum8) << ones << 0xFCu;
    QTest::newRow("xor8 AB") << int(Algorithm::Xor8) << ab << 0x03u;
    QTest::newRow("xor8 ff*4") << int(Algorithm::Xor8) << ones << 0x00u;
    QTest::newRow("crc8 AB") << int(Algorithm::Crc8) << ab << 0x87u;
    QTest::newRow("crc8 ff*4") << int(Algorithm::Crc8) << ones << 0xDEu;
    QTest::newRow("modbus AB") << int(Algorithm::Crc16Modbus) << ab << 0xD1B1u;
    QTest::newRow("modbus 00") << int(Algorithm::Crc16Modbus) << zero << 0x40BFu;
    QTest::newRow("ccitt AB") << int(Algorithm::Crc16CcittFalse) << ab << 0x4B74u;
    QTest::newRow("ccitt 00") << int(Algorithm::Crc16CcittFalse) << zero << 0xE1F0u;
    QTest::newRow("crc32 AB") << int(Algorithm::Crc32) << ab << 0x30694C07u;
    QTest::newRow("crc32 hello") << int(Algorithm::Crc32) << QByteArray("hello") << 0x3610A686u;
    QTest::newRow("crc32 00") << int(Algorithm::Crc32) << zero << 0xD202EF8Du;
}

void tst_Checksum::handComputedVectors()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, data);
    QFETCH(quint32, expected);
    QCOMPARE(Checksum::compute(static_cast<Algorithm>(algorithm), data), expected);
}

void tst_Checksum::byteOrder_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("bigEndian");
    QTest::addColumn<QByteArray>("littleEndian");
    QTest::newRow("sum8") << int(Algorithm::Sum8) << QByteArray("\xdd") << QByteArray("\xdd");
    QTest::newRow("crc8") << int(Algorithm::Crc8) << QByteArray("\xf4") << QByteArray("\xf4");
    QTest::newRow("modbus") << int(Algorithm::Crc16Modbus) << QByteArray("\x4b\x37")
                            << QByteArray("\x37\x4b");
    QTest::newRow("ccitt") << int(Algorithm::Crc16CcittFalse) << QByteArray("\x29\xb1")
                           << QByteArray("\xb1\x29");
    QTest::newRow("crc32") << int(Algorithm::Crc32) << QByteArray("\xcb\xf4\x39\x26")
                           << QByteArray("\x26\x39\xf4\xcb");
}

void tst_Checksum::byteOrder()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, bigEndian);
    QFETCH(QByteArray, littleEndian);
    const auto a = static_cast<Algorithm>(algorithm);
    const QByteArray data("123456789");
    QCOMPARE(Checksum::bytes(a, data, ByteOrder::BigEndian), bigEndian);
    QCOMPARE(Checksum::bytes(a, data, ByteOrder::LittleEndian), littleEndian);
    QCOMPARE(Checksum::append(a, data, ByteOrder::LittleEndian), data + littleEndian);
    QCOMPARE(Checksum::append(a, data, ByteOrder::BigEndian), data + bigEndian);
}

void tst_Checksum::modbusFrameOnTheWire()
{
    // "Read one holding register at 0 from unit 1": the frame every Modbus RTU guide shows,
    // CRC low byte first.
    const QByteArray request("\x01\x03\x00\x00\x00\x01", 6);
    QCOMPARE(Checksum::append(Algorithm::Crc16Modbus, request, ByteOrder::LittleEndian),
             QByteArray("\x01\x03\x00\x00\x00\x01\x84\x0a", 8));
}

void tst_Checksum::noneAppendsNothing()
{
    QCOMPARE(Checksum::width(Algorithm::None), 0);
    QCOMPARE(Checksum::bytes(Algorithm::None, "abc", ByteOrder::BigEndian), QByteArray());
    QCOMPARE(Checksum::append(Algorithm::None, "abc", ByteOrder::LittleEndian), QByteArray("abc"));
}

void tst_Checksum::namesRoundTrip()
{
    QCOMPARE(Checksum::algorithms().size(), 7);
    for (const Algorithm a : Checksum::algorithms()) {
        Algorithm back = Algorithm::None;
        QVERIFY(Checksum::fromName(Checksum::name(a), &back));
        QCOMPARE(back, a);
        QVERIFY(!Checksum::displayName(a).isEmpty());
    }
    QCOMPARE(Checksum::name(Algorithm::Crc16Modbus), QStringLiteral("crc16-modbus"));
    Algorithm untouched = Algorithm::Crc32;
    QVERIFY(!Checksum::fromName(QStringLiteral("crc64"), &untouched));
    QCOMPARE(untouched, Algorithm::Crc32);
}

// The message library writes and reads these very names: one table, pinned here as the file
// format they are.
void tst_Checksum::namesAreTheLibraryFormat()
{
    const QStringList expected = {u"none"_s,         u"sum8"_s,
                                  u"xor8"_s,         u"crc8"_s,
                                  u"crc16-modbus"_s, u"crc16-ccitt-false"_s,
                                  u"crc32"_s};
    QStringList names;
    QList<Algorithm> order;
    for (const auto &[algorithm, name] : Checksum::names) {
        names << QString::fromLatin1(name);
        order << algorithm;
        QCOMPARE(MessageJson::checksumName(algorithm), Checksum::name(algorithm));
    }
    QCOMPARE(names, expected);
    QCOMPARE(order, Checksum::algorithms());
}

QTEST_APPLESS_MAIN(tst_Checksum)
#include "tst_checksum.moc"
