// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/messagecomposer.h"

#include <QTest>

namespace {

Message messageOf(const QByteArray &payload, bool macros = false,
                  Message::LineEnding ending = Message::LineEnding::None,
                  Checksum::Algorithm checksum = Checksum::Algorithm::None,
                  Checksum::ByteOrder order = Checksum::ByteOrder::BigEndian)
{
    Message m;
    m.payload = payload;
    m.macros = macros;
    m.lineEnding = ending;
    m.checksum = checksum;
    m.checksumOrder = order;
    return m;
}

QByteArray composed(const Message &m, quint64 index = 0, int step = 0)
{
    QString error;
    const auto composer = MessageComposer::create(m, &error);
    if (!composer) {
        qWarning("create failed: %s", qPrintable(error));
        return QByteArrayLiteral("<error>");
    }
    return composer->compose(index, step);
}

} // namespace

class tst_MessageComposer : public QObject
{
    Q_OBJECT

private slots:
    void plainBytesUnchanged();
    void lineEndings_data();
    void lineEndings();
    void macrosOnlyWhenAsked();
    void checksumCoversLineEnding();
    void checksumOverExpandedMacros();
    void modbusFrameWithCounter();
    void badMacroIsAnErrorWithPosition();
    void copiesComposeAlike();
    void captureGroupsBeforeChecksum();
};

void tst_MessageComposer::plainBytesUnchanged()
{
    const QByteArray bytes("\x00\x01{{counter}}\xff", 14);
    QCOMPARE(composed(messageOf(bytes)), bytes);
    const auto composer = MessageComposer::create(messageOf(bytes), nullptr);
    QVERIFY(composer && composer->isConstant());
    QCOMPARE(composer->compose(5), bytes);
}

void tst_MessageComposer::lineEndings_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << int(Message::LineEnding::None) << QByteArray("ab");
    QTest::newRow("lf") << int(Message::LineEnding::Lf) << QByteArray("ab\n");
    QTest::newRow("crlf") << int(Message::LineEnding::CrLf) << QByteArray("ab\r\n");
    QTest::newRow("cr") << int(Message::LineEnding::Cr) << QByteArray("ab\r");
}

void tst_MessageComposer::lineEndings()
{
    QFETCH(int, ending);
    QFETCH(QByteArray, expected);
    QCOMPARE(composed(messageOf("ab", false, Message::LineEnding(ending))), expected);
    QCOMPARE(composed(messageOf("a{{counter}}", true, Message::LineEnding(ending)), 0),
             QByteArray("a0") + expected.mid(2));
}

void tst_MessageComposer::macrosOnlyWhenAsked()
{
    QCOMPARE(composed(messageOf("n={{counter:start=1}}", false), 4),
             QByteArray("n={{counter:start=1}}"));
    QCOMPARE(composed(messageOf("n={{counter:start=1}}", true), 4), QByteArray("n=5"));
    QCOMPARE(composed(messageOf("{{{{x", true), 4), QByteArray("{{x"));
}

void tst_MessageComposer::checksumCoversLineEnding()
{
    // The sum covers the line ending: 0x41 + 0x42 + 0x0d = 0x90.
    QCOMPARE(composed(messageOf("AB", false, Message::LineEnding::Cr, Checksum::Algorithm::Sum8)),
             QByteArray("AB\r\x90"));
    QCOMPARE(composed(messageOf("12345678", false, Message::LineEnding::None,
                                Checksum::Algorithm::Crc32, Checksum::ByteOrder::LittleEndian)),
             QByteArray("12345678")
                 + Checksum::bytes(Checksum::Algorithm::Crc32, "12345678",
                                   Checksum::ByteOrder::LittleEndian));
}

void tst_MessageComposer::checksumOverExpandedMacros()
{
    // The counter renders "123456789" at index 0: the CRC is the catalogue's check value.
    const Message m = messageOf("{{counter:start=123456789}}", true, Message::LineEnding::None,
                                Checksum::Algorithm::Crc16CcittFalse);
    QCOMPARE(composed(m, 0), QByteArray("123456789\x29\xb1"));
    Message little = m;
    little.checksumOrder = Checksum::ByteOrder::LittleEndian;
    QCOMPARE(composed(little, 0), QByteArray("123456789\xb1\x29"));
    Message crc32 = m;
    crc32.checksum = Checksum::Algorithm::Crc32;
    QCOMPARE(composed(crc32, 0), QByteArray("123456789\xcb\xf4\x39\x26"));
}

void tst_MessageComposer::modbusFrameWithCounter()
{
    // A binary frame with one varying digit: "\x01\x03" + counter + CRC-16/MODBUS low byte first.
    const Message m
        = messageOf(QByteArray("\x01\x03{{counter}}", 13), true, Message::LineEnding::None,
                    Checksum::Algorithm::Crc16Modbus, Checksum::ByteOrder::LittleEndian);
    for (quint64 k : {0ull, 7ull, 42ull}) {
        const QByteArray body = QByteArray("\x01\x03", 2) + QByteArray::number(k);
        QCOMPARE(composed(m, k),
                 body
                     + Checksum::bytes(Checksum::Algorithm::Crc16Modbus, body,
                                       Checksum::ByteOrder::LittleEndian));
    }
}

void tst_MessageComposer::badMacroIsAnErrorWithPosition()
{
    QString error;
    qsizetype position = -1;
    QVERIFY(!MessageComposer::create(messageOf("hello {{wat}}", true), &error, &position));
    QCOMPARE(position, 6);
    QVERIFY(error.contains(QLatin1String("6")));
    // The same bytes without macros are just bytes.
    QVERIFY(MessageComposer::create(messageOf("hello {{wat}}", false), &error));
}

void tst_MessageComposer::copiesComposeAlike()
{
    const auto composer = MessageComposer::create(
        messageOf("{{seq}}:{{counter:width=3}}", true, Message::LineEnding::Lf), nullptr);
    QVERIFY(composer && !composer->isConstant());
    const MessageComposer copy = *composer;
    const auto producer = [copy](quint64 k) { return copy.compose(k); };
    QCOMPARE(producer(12), QByteArray("0:012\n"));
    QCOMPARE(copy.compose(12, 3), QByteArray("3:012\n"));
}

void tst_MessageComposer::captureGroupsBeforeChecksum()
{
    // A responder's library reply: the group is expanded, then the line ending, then the
    // checksum over both ("123456789" is the CRC catalogue's check input).
    const Message m = messageOf("{{group:1}}", true, Message::LineEnding::None,
                                Checksum::Algorithm::Crc16CcittFalse);
    const auto composer = MessageComposer::create(m, nullptr);
    QVERIFY(composer);
    MacroTemplate::Captures captures;
    captures.groups = {"x123456789y", "123456789"};
    QCOMPARE(composer->compose(0, 0, captures), QByteArray("123456789\x29\xb1"));
    // Without captures the group is empty; without macros it is text.
    QCOMPARE(composer->compose(0), Checksum::append(m.checksum, QByteArray(), m.checksumOrder));
    const Message plain = messageOf("{{group:1}}", false, Message::LineEnding::Lf);
    QCOMPARE(MessageComposer::create(plain, nullptr)->compose(0, 0, captures),
             QByteArray("{{group:1}}\n"));
}

QTEST_APPLESS_MAIN(tst_MessageComposer)
#include "tst_messagecomposer.moc"
