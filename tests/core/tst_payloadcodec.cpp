// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/payloadcodec.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(PayloadCodec::Encoding)

namespace {

// "こんにちは" in the three Japanese-capable encodings.
const QByteArray HelloUtf8
    = QByteArrayLiteral("\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf");
const QByteArray HelloShiftJis = QByteArrayLiteral("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd");
const QByteArray HelloEucJp = QByteArrayLiteral("\xa4\xb3\xa4\xf3\xa4\xcb\xa4\xc1\xa4\xcf");

bool hasJapaneseCodecs()
{
    return QStringDecoder("Shift_JIS").isValid() && QStringDecoder("EUC-JP").isValid();
}

// Anything a text field would not show as itself, which toEscapedText must never emit.
bool isHiddenInText(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x202E
        || c == 0xFEFF;
}

// A deliberately naive hexdump -C, to check the fast one against for every length.
QString referenceHexDump(const QByteArray &bytes)
{
    QStringList lines;
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        QString line = QString::asprintf("%08llx ", static_cast<unsigned long long>(offset));
        QString ascii;
        for (qsizetype j = 0; j < 16; ++j) {
            if (j == 8)
                line += QLatin1Char(' ');
            if (offset + j < bytes.size()) {
                const auto b = static_cast<uchar>(bytes.at(offset + j));
                line += QString::asprintf(" %02x", b);
                ascii += (b >= 0x20 && b < 0x7F) ? QLatin1Char(static_cast<char>(b))
                                                 : QLatin1Char('.');
            } else {
                line += QLatin1String("   ");
            }
        }
        lines << line + QLatin1String("  |") + ascii + QLatin1Char('|');
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray randomBuffer(QRandomGenerator &rng, int kind)
{
    const int length = rng.bounded(0, 300);
    QByteArray bytes;
    bytes.reserve(length * 4);
    while (bytes.size() < length) {
        switch (kind) {
        case 0: // noise
            bytes += static_cast<char>(rng.bounded(256));
            break;
        case 1: // mostly ASCII with escapes, controls and the odd high byte
            bytes += static_cast<char>(rng.bounded(10) == 0 ? rng.bounded(256)
                                                            : rng.bounded(0x20, 0x7F));
            break;
        default: { // valid UTF-8 of any code point, broken up now and then
            char32_t cp = rng.bounded(0x110000u);
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0x3042;
            QByteArray encoded = QString::fromUcs4(&cp, 1).toUtf8();
            if (rng.bounded(8) == 0)
                encoded.chop(1);
            bytes += encoded;
            break;
        }
        }
    }
    return bytes;
}

} // namespace

class tst_PayloadCodec : public QObject
{
    Q_OBJECT

private slots:
    void parseEscapedText_data();
    void parseEscapedText();
    void parseEscapedTextErrors_data();
    void parseEscapedTextErrors();
    void parseEscapedTextMessages_data();
    void parseEscapedTextMessages();
    void parseHex_data();
    void parseHex();
    void parseHexErrors_data();
    void parseHexErrors();
    void parseHexMessages_data();
    void parseHexMessages();
    void parseDispatchesOnFormat();
    void toHex_data();
    void toHex();
    void toEscapedText_data();
    void toEscapedText();
    void escapedTextRoundTripsEveryByte();
    void escapedTextRoundTripsEveryCodePoint();
    void roundTripsRandomBuffers();
    void toDisplayText_data();
    void toDisplayText();
    void displayTextShowsInvalidUtf8AsReplacement();
    void displayTextLimitsLongPayloads();
    void toHexDump_data();
    void toHexDump();
    void hexDumpMatchesReferenceForEveryLength();
    void decode_data();
    void decode();
    void encodings();
};

void tst_PayloadCodec::parseEscapedText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("plain") << QStringLiteral("Hello") << QByteArrayLiteral("Hello");
    QTest::newRow("spaces kept") << QStringLiteral(" a  b ") << QByteArrayLiteral(" a  b ");
    QTest::newRow("http request") << QStringLiteral("GET / HTTP/1.0\\r\\n\\r\\n")
                                  << QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n");
    QTest::newRow("every named escape")
        << QStringLiteral("\\n\\r\\t\\\\\\0") << QByteArrayLiteral("\n\r\t\\\0");
    QTest::newRow("hex either case")
        << QStringLiteral("\\x41\\x4a\\x4A\\xfF") << QByteArrayLiteral("AJJ\xff");
    QTest::newRow("hex is a raw byte")
        << QStringLiteral("caf\\xe9") << QByteArrayLiteral("caf\xe9");
    QTest::newRow("typed e-acute is UTF-8")
        << QStringLiteral("caf\u00e9") << QByteArrayLiteral("caf\xc3\xa9");
    QTest::newRow("nul then digit") << QStringLiteral("\\01") << QByteArray::fromHex("0031");
    QTest::newRow("hex then digit") << QStringLiteral("\\x411") << QByteArrayLiteral("A1");
    QTest::newRow("escaped backslash then n")
        << QStringLiteral("\\\\n") << QByteArrayLiteral("\\n");
    QTest::newRow("japanese") << QStringLiteral("こんにちは\\n") << QByteArray(HelloUtf8 + '\n');
    QTest::newRow("escape between kanji")
        << QStringLiteral("日\\x00本") << QByteArrayLiteral("\xe6\x97\xa5\0\xe6\x9c\xac");
    QTest::newRow("emoji") << QStringLiteral("\U0001F600") << QByteArrayLiteral("\xf0\x9f\x98\x80");
    QTest::newRow("escape after emoji")
        << QStringLiteral("\U0001F600\\t") << QByteArrayLiteral("\xf0\x9f\x98\x80\t");
}

void tst_PayloadCodec::parseEscapedText()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    const PayloadCodec::Result result = PayloadCodec::parseEscapedText(input);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.errorPosition, -1);
    QCOMPARE(result.bytes, expected);
}

void tst_PayloadCodec::parseEscapedTextErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("unknown escape") << QStringLiteral("\\q") << qsizetype(0);
    QTest::newRow("unknown escape later") << QStringLiteral("abcde\\q") << qsizetype(5);
    QTest::newRow("upper-case N") << QStringLiteral("\\N") << qsizetype(0);
    QTest::newRow("upper-case X") << QStringLiteral("\\X41") << qsizetype(0);
    QTest::newRow("no \\u escape") << QStringLiteral("\\u00e9") << qsizetype(0);
    QTest::newRow("backslash space") << QStringLiteral("a\\ b") << qsizetype(1);
    QTest::newRow("backslash newline") << QStringLiteral("a\\\nb") << qsizetype(1);
    QTest::newRow("lone backslash") << QStringLiteral("\\") << qsizetype(0);
    QTest::newRow("trailing backslash") << QStringLiteral("abc\\") << qsizetype(3);
    QTest::newRow("escaped backslash then lone") << QStringLiteral("\\\\\\") << qsizetype(2);
    QTest::newRow("\\x at end") << QStringLiteral("ab\\x") << qsizetype(2);
    QTest::newRow("one digit at end") << QStringLiteral("ab\\x4") << qsizetype(2);
    QTest::newRow("one digit then non-hex") << QStringLiteral("\\x4g") << qsizetype(0);
    QTest::newRow("no digits") << QStringLiteral("\\xZZ") << qsizetype(0);
    QTest::newRow("digit then space") << QStringLiteral("\\x4 1") << qsizetype(0);
    QTest::newRow("after good escapes") << QStringLiteral("ok\\x41\\x4") << qsizetype(6);
    QTest::newRow("after escaped backslash") << QStringLiteral("\\\\\\q") << qsizetype(2);
    QTest::newRow("position counts kanji") << QStringLiteral("日本\\q") << qsizetype(2);
    QTest::newRow("position counts UTF-16") << QStringLiteral("\U0001F600\\q") << qsizetype(2);
    QTest::newRow("escaped emoji") << QStringLiteral("\\\U0001F600") << qsizetype(0);
}

void tst_PayloadCodec::parseEscapedTextErrors()
{
    QFETCH(QString, input);
    QFETCH(qsizetype, position);

    const PayloadCodec::Result result = PayloadCodec::parseEscapedText(input);
    QVERIFY(!result.isOk());
    QCOMPARE(result.errorPosition, position);
    QVERIFY(result.bytes.isEmpty());
    QVERIFY2(result.error.contains(QString::number(position)), qPrintable(result.error));
    QVERIFY2(result.error.endsWith(QLatin1Char('.')), qPrintable(result.error));
}

void tst_PayloadCodec::parseEscapedTextMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown") << QStringLiteral("abcde\\q")
                             << QStringLiteral("Unknown escape \"\\q\" at position 5; use \\n, "
                                               "\\r, \\t, \\\\, \\0 or \\xHH.");
    QTest::newRow("unknown invisible")
        << QStringLiteral("a\\\tb")
        << QStringLiteral("Unknown escape at position 1: a backslash followed by U+0009; use "
                          "\\n, \\r, \\t, \\\\, \\0 or \\xHH.");
    QTest::newRow("incomplete") << QStringLiteral("abc\\x4")
                                << QStringLiteral("Incomplete escape \"\\x4\" at position 3: \\x "
                                                  "needs two hex digits.");
    QTest::newRow("bare \\x") << QStringLiteral("\\x")
                              << QStringLiteral("Incomplete escape \"\\x\" at position 0: \\x "
                                                "needs two hex digits.");
    QTest::newRow("not hex") << QStringLiteral("ab\\x4g")
                             << QStringLiteral("Escape \"\\x4\" at position 2 needs two hex "
                                               "digits, but \"g\" is not one.");
    QTest::newRow("lone backslash") << QStringLiteral("abc\\")
                                    << QStringLiteral("Lone backslash at position 3 at the end "
                                                      "of the text; write \\\\ for a backslash.");
}

void tst_PayloadCodec::parseEscapedTextMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    QCOMPARE(PayloadCodec::parseEscapedText(input).error, message);
}

void tst_PayloadCodec::parseHex_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray hel = QByteArrayLiteral("Hel");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("only whitespace") << QStringLiteral(" \t\r\n ") << QByteArray();
    QTest::newRow("spaced") << QStringLiteral("48 65 6c") << hel;
    QTest::newRow("run") << QStringLiteral("48656c") << hel;
    QTest::newRow("upper case") << QStringLiteral("48656C") << hel;
    QTest::newRow("0x with commas") << QStringLiteral("0x48,0x65,0x6c") << hel;
    QTest::newRow("C array") << QStringLiteral("0x48, 0x65, 0x6c") << hel;
    QTest::newRow("0X and 0x") << QStringLiteral("0X48 0x65 0x6C") << hel;
    QTest::newRow("colons") << QStringLiteral("48:65:6c") << hel;
    QTest::newRow("dashes") << QStringLiteral("48-65-6c") << hel;
    QTest::newRow("backslash x") << QStringLiteral("\\x48\\x65\\x6c") << hel;
    QTest::newRow("backslash x spaced") << QStringLiteral("\\x48 \\x65 \\x6c") << hel;
    QTest::newRow("lines and tabs") << QStringLiteral("48\n65\r\n\t6c\n") << hel;
    QTest::newRow("ideographic space") << QStringLiteral("48\u300065\u30006c") << hel;
    QTest::newRow("repeated separators") << QStringLiteral("48,, 65 ::6c") << hel;
    QTest::newRow("mixed groups") << QStringLiteral("4865 6c") << hel;
    QTest::newRow("mixed spellings") << QStringLiteral("0x48 65\\x6c") << hel;
    QTest::newRow("one-digit 0x") << QStringLiteral("0x7") << QByteArrayLiteral("\x07");
    QTest::newRow("one-digit 0x list")
        << QStringLiteral("0x7,0xa,0x48") << QByteArrayLiteral("\x07\x0a\x48");
    QTest::newRow("\\x run") << QStringLiteral("\\x4865\\x6c") << hel;
    QTest::newRow("0x run") << QStringLiteral("0x48656c") << hel;
    QTest::newRow("zero and high bytes")
        << QStringLiteral("00 ff 80 7f") << QByteArrayLiteral("\0\xff\x80\x7f");
    QTest::newRow("zero 0x") << QStringLiteral("0x0 0x00") << QByteArrayLiteral("\0\0");
}

void tst_PayloadCodec::parseHex()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    const PayloadCodec::Result result = PayloadCodec::parseHex(input);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.errorPosition, -1);
    QCOMPARE(result.bytes, expected);
}

void tst_PayloadCodec::parseHexErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("odd run") << QStringLiteral("486") << qsizetype(0);
    QTest::newRow("odd second group") << QStringLiteral("48 656") << qsizetype(3);
    QTest::newRow("odd last digit") << QStringLiteral("48 65 6") << qsizetype(6);
    QTest::newRow("odd 0x run") << QStringLiteral("0x486") << qsizetype(0);
    QTest::newRow("odd after 0x list") << QStringLiteral("0x48, 0x123") << qsizetype(6);
    QTest::newRow("odd \\x run") << QStringLiteral("\\x48\\x656") << qsizetype(4);
    QTest::newRow("one-digit \\x") << QStringLiteral("\\x48\\x7") << qsizetype(4);
    QTest::newRow("letter in group") << QStringLiteral("48g5") << qsizetype(2);
    QTest::newRow("letter starts group") << QStringLiteral("48 g5") << qsizetype(3);
    QTest::newRow("not hex at all") << QStringLiteral("zz") << qsizetype(0);
    QTest::newRow("h suffix") << QStringLiteral("48h") << qsizetype(2);
    QTest::newRow("dot") << QStringLiteral("48.65") << qsizetype(2);
    QTest::newRow("semicolon") << QStringLiteral("48;65") << qsizetype(2);
    QTest::newRow("0x without digits") << QStringLiteral("0x") << qsizetype(0);
    QTest::newRow("0x without digits later") << QStringLiteral("48 0x") << qsizetype(3);
    QTest::newRow("0x then comma") << QStringLiteral("0x,48") << qsizetype(0);
    QTest::newRow("0x then letter") << QStringLiteral("0x48 0xg") << qsizetype(7);
    QTest::newRow("\\x without digits") << QStringLiteral("\\x48\\x") << qsizetype(4);
    QTest::newRow("other backslash") << QStringLiteral("48 \\n") << qsizetype(3);
    QTest::newRow("upper-case \\X") << QStringLiteral("\\X48") << qsizetype(0);
    QTest::newRow("two prefixes glued") << QStringLiteral("0x480x65") << qsizetype(5);
    QTest::newRow("full-width digits") << QStringLiteral("\uff14\uff18") << qsizetype(0);
    QTest::newRow("control character") << QStringLiteral("48\a") << qsizetype(2);
}

void tst_PayloadCodec::parseHexErrors()
{
    QFETCH(QString, input);
    QFETCH(qsizetype, position);

    const PayloadCodec::Result result = PayloadCodec::parseHex(input);
    QVERIFY(!result.isOk());
    QCOMPARE(result.errorPosition, position);
    QVERIFY(result.bytes.isEmpty());
    QVERIFY2(result.error.contains(QString::number(position)), qPrintable(result.error));
}

void tst_PayloadCodec::parseHexMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("not hex") << QStringLiteral("48 g5")
                             << QStringLiteral("\"g\" at position 3 is not a hex digit.");
    QTest::newRow("invisible") << QStringLiteral("48\a")
                               << QStringLiteral("U+0007 at position 2 is not a hex digit.");
    QTest::newRow("odd") << QStringLiteral("48 656")
                         << QStringLiteral("Odd number of hex digits (3) in \"656\" at position "
                                           "3; each byte needs two digits.");
    QTest::newRow("odd long group") << QStringLiteral("0123456789abcdef012")
                                    << QStringLiteral("Odd number of hex digits (19) in "
                                                      "\"0123456789ab\u2026\" at position 0; "
                                                      "each byte needs two digits.");
    QTest::newRow("bare prefix") << QStringLiteral("0x")
                                 << QStringLiteral("\"0x\" at position 0 is not followed by hex "
                                                   "digits.");
}

void tst_PayloadCodec::parseHexMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    QCOMPARE(PayloadCodec::parseHex(input).error, message);
}

void tst_PayloadCodec::parseDispatchesOnFormat()
{
    const QString input = QStringLiteral("41\\x42");
    QCOMPARE(PayloadCodec::parse(input, PayloadCodec::Format::Text).bytes,
             QByteArrayLiteral("41B"));
    QCOMPARE(PayloadCodec::parse(input, PayloadCodec::Format::Hex).bytes, QByteArrayLiteral("AB"));
    QVERIFY(!PayloadCodec::parse(QStringLiteral("\\q"), PayloadCodec::Format::Text).isOk());
    QVERIFY(!PayloadCodec::parse(QStringLiteral("hi"), PayloadCodec::Format::Hex).isOk());
}

void tst_PayloadCodec::toHex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QByteArray bytes = QByteArrayLiteral("\0\x0a\x7f\x80\xabZ");
    QTest::newRow("empty") << QByteArray() << QChar(u' ') << QString();
    QTest::newRow("one byte") << QByteArrayLiteral("H") << QChar(u' ') << QStringLiteral("48");
    QTest::newRow("space") << bytes << QChar(u' ') << QStringLiteral("00 0a 7f 80 ab 5a");
    QTest::newRow("colon") << bytes << QChar(u':') << QStringLiteral("00:0a:7f:80:ab:5a");
    QTest::newRow("none") << bytes << QChar() << QStringLiteral("000a7f80ab5a");
}

void tst_PayloadCodec::toHex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);

    QCOMPARE(PayloadCodec::toHex(bytes, separator), expected);
    QCOMPARE(PayloadCodec::parseHex(expected).bytes, bytes);
}

void tst_PayloadCodec::toEscapedText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ascii") << QByteArrayLiteral("Hello, world") << QStringLiteral("Hello, world");
    QTest::newRow("line end") << QByteArrayLiteral("Hello\r\n") << QStringLiteral("Hello\\r\\n");
    QTest::newRow("tab and nul") << QByteArrayLiteral("a\tb\0c") << QStringLiteral("a\\tb\\0c");
    QTest::newRow("other controls")
        << QByteArrayLiteral("\x01\x1b[0m\x7f") << QStringLiteral("\\x01\\x1b[0m\\x7f");
    QTest::newRow("backslash") << QByteArrayLiteral("C:\\dir\\n")
                               << QStringLiteral("C:\\\\dir\\\\n");
    QTest::newRow("invalid bytes") << QByteArrayLiteral("\xff\xfe") << QStringLiteral("\\xff\\xfe");
    QTest::newRow("latin-1 byte") << QByteArrayLiteral("caf\xe9") << QStringLiteral("caf\\xe9");
    QTest::newRow("utf-8 e-acute") << QByteArrayLiteral("caf\xc3\xa9") << QStringLiteral("café");
    QTest::newRow("japanese") << HelloUtf8 << QStringLiteral("こんにちは");
    QTest::newRow("emoji") << QByteArrayLiteral("\xf0\x9f\x98\x80") << QStringLiteral("\U0001F600");
    QTest::newRow("emoji with ZWJ")
        << QByteArrayLiteral("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9")
        << QStringLiteral("\U0001F468\u200D\U0001F469");
    QTest::newRow("no-break space")
        << QByteArrayLiteral("a\xc2\xa0z") << QStringLiteral("a\u00a0z");
    QTest::newRow("C1 control NEL")
        << QByteArrayLiteral("\xc2\x85") << QStringLiteral("\\xc2\\x85");
    QTest::newRow("C1 control CSI")
        << QByteArrayLiteral("\xc2\x9b") << QStringLiteral("\\xc2\\x9b");
    QTest::newRow("overlong slash")
        << QByteArrayLiteral("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("overlong 3-byte")
        << QByteArrayLiteral("\xe0\x80\xaf") << QStringLiteral("\\xe0\\x80\\xaf");
    QTest::newRow("overlong 4-byte")
        << QByteArrayLiteral("\xf0\x80\x80\xaf") << QStringLiteral("\\xf0\\x80\\x80\\xaf");
    QTest::newRow("surrogate") << QByteArrayLiteral("\xed\xa0\x80")
                               << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("above U+10FFFF")
        << QByteArrayLiteral("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
    QTest::newRow("U+10FFFF is noncharacter")
        << QByteArrayLiteral("\xf4\x8f\xbf\xbf") << QStringLiteral("\\xf4\\x8f\\xbf\\xbf");
    QTest::newRow("largest private use")
        << QByteArrayLiteral("\xf4\x8f\xbf\xbd") << QStringLiteral("\U0010FFFD");
    QTest::newRow("truncated") << QByteArrayLiteral("\xe3\x81") << QStringLiteral("\\xe3\\x81");
    QTest::newRow("truncated then ascii")
        << QByteArrayLiteral("\xe3\x81Z") << QStringLiteral("\\xe3\\x81Z");
    QTest::newRow("lone continuation") << QByteArrayLiteral("a\x80z") << QStringLiteral("a\\x80z");
    QTest::newRow("5-byte lead") << QByteArrayLiteral("\xf8\x88\x80\x80\x80")
                                 << QStringLiteral("\\xf8\\x88\\x80\\x80\\x80");
    QTest::newRow("right-to-left override")
        << QByteArrayLiteral("a\xe2\x80\xaez") << QStringLiteral("a\\xe2\\x80\\xaez");
    QTest::newRow("byte order mark")
        << QByteArrayLiteral("\xef\xbb\xbfZ") << QStringLiteral("\\xef\\xbb\\xbfZ");
    QTest::newRow("line separator")
        << QByteArrayLiteral("\xe2\x80\xa8") << QStringLiteral("\\xe2\\x80\\xa8");
    QTest::newRow("noncharacter") << QByteArrayLiteral("\xef\xbf\xbf")
                                  << QStringLiteral("\\xef\\xbf\\xbf");
}

void tst_PayloadCodec::toEscapedText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const QString escaped = PayloadCodec::toEscapedText(bytes);
    QCOMPARE(escaped, expected);
    const PayloadCodec::Result back = PayloadCodec::parseEscapedText(escaped);
    QVERIFY2(back.isOk(), qPrintable(back.error));
    QCOMPARE(back.bytes, bytes);
}

void tst_PayloadCodec::escapedTextRoundTripsEveryByte()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += static_cast<char>(b);
    QCOMPARE(PayloadCodec::parseEscapedText(PayloadCodec::toEscapedText(all)).bytes, all);

    // Every pair covers every two-byte sequence, valid or not, and every lead/trail mix-up.
    for (int first = 0; first < 256; ++first) {
        for (int second = 0; second < 256; ++second) {
            const char pair[] = {static_cast<char>(first), static_cast<char>(second)};
            for (qsizetype length : {1, 2}) {
                const QByteArray bytes(pair, length);
                const QString escaped = PayloadCodec::toEscapedText(bytes);
                const PayloadCodec::Result back = PayloadCodec::parseEscapedText(escaped);
                if (!back.isOk() || back.bytes != bytes) {
                    const QByteArray failure = bytes.toHex() + " -> " + escaped.toUtf8();
                    QFAIL(failure.constData());
                }
            }
        }
    }
}

void tst_PayloadCodec::escapedTextRoundTripsEveryCodePoint()
{
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const QByteArray bytes = QString::fromUcs4(&cp, 1).toUtf8();
        const QString escaped = PayloadCodec::toEscapedText(bytes);
        if (PayloadCodec::parseEscapedText(escaped).bytes != bytes)
            QFAIL(qPrintable(QStringLiteral("U+%1").arg(static_cast<uint>(cp), 4, 16)));
    }
}

void tst_PayloadCodec::roundTripsRandomBuffers()
{
    QRandomGenerator rng(20240611);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray bytes = randomBuffer(rng, i % 3);

        const QString escaped = PayloadCodec::toEscapedText(bytes);
        const PayloadCodec::Result text = PayloadCodec::parseEscapedText(escaped);
        QVERIFY2(text.isOk(), qPrintable(text.error));
        QCOMPARE(text.bytes, bytes);
        for (QChar c : escaped)
            QVERIFY2(!isHiddenInText(c.unicode()), bytes.toHex().constData());

        for (QChar separator : {QChar(u' '), QChar(), QChar(u':'), QChar(u'\n')}) {
            const PayloadCodec::Result hex
                = PayloadCodec::parseHex(PayloadCodec::toHex(bytes, separator));
            QVERIFY2(hex.isOk(), qPrintable(hex.error));
            QCOMPARE(hex.bytes, bytes);
        }

        // One line per cell whatever arrives, in every encoding.
        for (PayloadCodec::Encoding encoding : PayloadCodec::encodings()) {
            const QString display = PayloadCodec::toDisplayText(bytes, encoding, 80);
            QVERIFY(display.size() <= 80);
            for (QChar c : display)
                QVERIFY2(!isHiddenInText(c.unicode()), bytes.toHex().constData());
        }
    }
}

void tst_PayloadCodec::toDisplayText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<PayloadCodec::Encoding>("encoding");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<QString>("expected");

    using E = PayloadCodec::Encoding;
    const qsizetype all = -1;
    QTest::newRow("empty") << QByteArray() << E::Utf8 << all << QString();
    QTest::newRow("plain") << QByteArrayLiteral("Hello") << E::Utf8 << all
                           << QStringLiteral("Hello");
    QTest::newRow("line end") << QByteArrayLiteral("Hello\r\n") << E::Utf8 << all
                              << QStringLiteral("Hello\\r\\n");
    QTest::newRow("tab and nul") << QByteArrayLiteral("a\tb\0c") << E::Utf8 << all
                                 << QStringLiteral("a\\tb\\0c");
    QTest::newRow("ansi escape") << QByteArrayLiteral("\x1b[0m") << E::Utf8 << all
                                 << QStringLiteral("\\x1b[0m");
    QTest::newRow("delete") << QByteArrayLiteral("\x7f") << E::Utf8 << all
                            << QStringLiteral("\\x7f");
    QTest::newRow("backslash") << QByteArrayLiteral("C:\\dir") << E::Utf8 << all
                               << QStringLiteral("C:\\\\dir");
    QTest::newRow("invalid byte") << QByteArrayLiteral("ab\xffzz") << E::Utf8 << all
                                  << QStringLiteral("ab\ufffdzz");
    QTest::newRow("japanese utf-8") << HelloUtf8 << E::Utf8 << all << QStringLiteral("こんにちは");
    QTest::newRow("BOM shown") << QByteArrayLiteral("\xef\xbb\xbfZ") << E::Utf8 << all
                               << QStringLiteral("\\ufeffZ");
    QTest::newRow("line separator")
        << QByteArrayLiteral("a\xe2\x80\xa8z") << E::Utf8 << all << QStringLiteral("a\\u2028z");
    QTest::newRow("right-to-left override")
        << QByteArrayLiteral("\xe2\x80\xae") << E::Utf8 << all << QStringLiteral("\\u202e");
    QTest::newRow("C1 control") << QByteArrayLiteral("\xc2\x85") << E::Utf8 << all
                                << QStringLiteral("\\x85");

    QTest::newRow("fits exactly") << QByteArrayLiteral("Hello") << E::Utf8 << qsizetype(5)
                                  << QStringLiteral("Hello");
    QTest::newRow("truncated") << QByteArrayLiteral("Hello World") << E::Utf8 << qsizetype(5)
                               << QStringLiteral("Hell\u2026");
    QTest::newRow("one char") << QByteArrayLiteral("Hello") << E::Utf8 << qsizetype(1)
                              << QStringLiteral("\u2026");
    QTest::newRow("zero chars") << QByteArrayLiteral("Hello") << E::Utf8 << qsizetype(0)
                                << QString();
    QTest::newRow("escape not split")
        << QByteArrayLiteral("ab\ncd") << E::Utf8 << qsizetype(4) << QStringLiteral("ab\u2026");
    QTest::newRow("escape fits before cut")
        << QByteArrayLiteral("ab\ncd") << E::Utf8 << qsizetype(5) << QStringLiteral("ab\\n\u2026");
    QTest::newRow("escape fits whole")
        << QByteArrayLiteral("ab\ncd") << E::Utf8 << qsizetype(6) << QStringLiteral("ab\\ncd");
    QTest::newRow("surrogate pair not split")
        << QByteArrayLiteral("\xf0\x9f\x98\x80\xf0\x9f\x98\x80") << E::Utf8 << qsizetype(3)
        << QStringLiteral("\U0001F600\u2026");
    QTest::newRow("no room for pair") << QByteArrayLiteral("\xf0\x9f\x98\x80\xf0\x9f\x98\x80")
                                      << E::Utf8 << qsizetype(2) << QStringLiteral("\u2026");

    QTest::newRow("latin-1") << QByteArrayLiteral("caf\xe9 \xff") << E::Latin1 << all
                             << QStringLiteral("café ÿ");
    QTest::newRow("latin-1 C1") << QByteArrayLiteral("\x85\x9f\xa0") << E::Latin1 << all
                                << QStringLiteral("\\x85\\x9f\u00a0");

    QTest::newRow("shift_jis") << HelloShiftJis << E::ShiftJis << all
                               << QStringLiteral("こんにちは");
    QTest::newRow("shift_jis half-width kana")
        << QByteArrayLiteral("\xb1\xb2") << E::ShiftJis << all << QStringLiteral("ｱｲ");
    QTest::newRow("shift_jis backslash")
        << QByteArrayLiteral("\x5c") << E::ShiftJis << all << QStringLiteral("\\\\");
    QTest::newRow("shift_jis controls") << QByteArrayLiteral("\x1a\x1c\x7f\n") << E::ShiftJis << all
                                        << QStringLiteral("\\x1a\\x1c\\x7f\\n");
    QTest::newRow("shift_jis invalid lead")
        << QByteArrayLiteral("\xffZ") << E::ShiftJis << all << QStringLiteral("\ufffdZ");
    QTest::newRow("shift_jis dangling lead")
        << QByteArrayLiteral("ab\x82") << E::ShiftJis << all << QStringLiteral("ab\ufffd");
    QTest::newRow("shift_jis lead before DEL")
        << QByteArrayLiteral("\x82\xb1\x81\x7f\x82\xb1") << E::ShiftJis << all
        << QStringLiteral("こ\ufffd\\x7fこ");
    QTest::newRow("shift_jis truncated")
        << HelloShiftJis << E::ShiftJis << qsizetype(3) << QStringLiteral("こん\u2026");

    QTest::newRow("euc-jp") << HelloEucJp << E::EucJp << all << QStringLiteral("こんにちは");
    QTest::newRow("euc-jp half-width kana")
        << QByteArrayLiteral("\x8e\xb1") << E::EucJp << all << QStringLiteral("ｱ");
    QTest::newRow("euc-jp SUB") << QByteArrayLiteral("\x1a") << E::EucJp << all
                                << QStringLiteral("\\x1a");
    QTest::newRow("euc-jp dangling lead")
        << QByteArrayLiteral("\xa4\xb3\xa4") << E::EucJp << all << QStringLiteral("こ\ufffd");
    QTest::newRow("euc-jp lead before SUB")
        << QByteArrayLiteral("\xa4\x1az") << E::EucJp << all << QStringLiteral("\ufffd\\x1az");
}

void tst_PayloadCodec::toDisplayText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(PayloadCodec::Encoding, encoding);
    QFETCH(qsizetype, maxChars);
    QFETCH(QString, expected);

    if (encoding != PayloadCodec::Encoding::Utf8 && encoding != PayloadCodec::Encoding::Latin1
        && !hasJapaneseCodecs()) {
        QSKIP("Qt was built without ICU: no Shift_JIS or EUC-JP decoder");
    }
    QCOMPARE(PayloadCodec::toDisplayText(bytes, encoding, maxChars), expected);
}

void tst_PayloadCodec::displayTextShowsInvalidUtf8AsReplacement()
{
    // How many U+FFFD a broken sequence gives is the decoder's business; that it shows one is
    // ours.
    for (const QByteArray &bytes :
         {QByteArrayLiteral("ab\xe3\x81"), QByteArrayLiteral("ab\xc0\xaf"),
          QByteArrayLiteral("ab\xed\xa0\x80"), QByteArrayLiteral("ab\xf4\x90\x80\x80")}) {
        const QString display = PayloadCodec::toDisplayText(bytes);
        QVERIFY2(display.startsWith(QLatin1String("ab")), qPrintable(display));
        QVERIFY(display.size() > 2);
        for (QChar c : QStringView(display).sliced(2))
            QCOMPARE(c, QChar(QChar::ReplacementCharacter));
    }
}

void tst_PayloadCodec::displayTextLimitsLongPayloads()
{
    const QByteArray ascii(1 << 20, 'a');
    QCOMPARE(PayloadCodec::toDisplayText(ascii, PayloadCodec::Encoding::Utf8, 10),
             QString(9, QLatin1Char('a')) + QChar(u'\u2026'));
    QCOMPARE(PayloadCodec::toDisplayText(ascii).size(), ascii.size());
    QCOMPARE(PayloadCodec::toDisplayText(ascii, PayloadCodec::Encoding::Latin1,
                                         std::numeric_limits<qsizetype>::max())
                 .size(),
             ascii.size());

    QByteArray kanji;
    for (int i = 0; i < 100000; ++i)
        kanji += HelloUtf8;
    QCOMPARE(PayloadCodec::toDisplayText(kanji, PayloadCodec::Encoding::Utf8, 6),
             QStringLiteral("こんにちは\u2026"));

    // Escapes take four characters per byte; the prefix decoded must still cover maxChars.
    const QByteArray controls(1 << 20, '\x01');
    QCOMPARE(PayloadCodec::toDisplayText(controls, PayloadCodec::Encoding::Utf8, 9),
             QStringLiteral("\\x01\\x01\u2026"));
}

void tst_PayloadCodec::toHexDump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("hello world")
        << QByteArrayLiteral("Hello World!")
        << QStringLiteral("00000000  48 65 6c 6c 6f 20 57 6f  72 6c 64 21              "
                          "|Hello World!|");
    QTest::newRow("one byte") << QByteArrayLiteral("A")
                              << QStringLiteral(
                                     "00000000  41                                                "
                                     "|A|");
    QTest::newRow("eight bytes")
        << QByteArrayLiteral("ABCDEFGH")
        << QStringLiteral("00000000  41 42 43 44 45 46 47 48                           "
                          "|ABCDEFGH|");
    QTest::newRow("nine bytes")
        << QByteArrayLiteral("ABCDEFGHI")
        << QStringLiteral("00000000  41 42 43 44 45 46 47 48  49                       "
                          "|ABCDEFGHI|");
    QTest::newRow("full line") << QByteArrayLiteral("0123456789abcdef")
                               << QStringLiteral(
                                      "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                                      "|0123456789abcdef|");
    QTest::newRow("two lines with dots")
        << QByteArrayLiteral("\0\x01\x7f\x80\xff\nHello, socket world\0")
        << QStringLiteral("00000000  00 01 7f 80 ff 0a 48 65  6c 6c 6f 2c 20 73 6f 63  "
                          "|......Hello, soc|\n"
                          "00000010  6b 65 74 20 77 6f 72 6c  64 00                    "
                          "|ket world.|");
}

void tst_PayloadCodec::toHexDump()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QCOMPARE(PayloadCodec::toHexDump(bytes), expected);
}

void tst_PayloadCodec::hexDumpMatchesReferenceForEveryLength()
{
    QRandomGenerator rng(7);
    for (int length = 0; length <= 300; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &b : bytes)
            b = static_cast<char>(rng.bounded(256));
        const QString dump = PayloadCodec::toHexDump(bytes);
        QCOMPARE(dump, referenceHexDump(bytes));
        QVERIFY(!dump.endsWith(QLatin1Char('\n')));
        QCOMPARE(dump.isEmpty() ? 0 : dump.count(QLatin1Char('\n')) + 1, (length + 15) / 16);
    }
    QCOMPARE(PayloadCodec::toHexDump(QByteArray(40, 'x')).split(QLatin1Char('\n')).last(),
             QStringLiteral("00000020  78 78 78 78 78 78 78 78                           "
                            "|xxxxxxxx|"));
}

void tst_PayloadCodec::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<PayloadCodec::Encoding>("encoding");
    QTest::addColumn<QString>("expected");

    using E = PayloadCodec::Encoding;
    QTest::newRow("utf-8") << HelloUtf8 << E::Utf8 << QStringLiteral("こんにちは");
    QTest::newRow("controls kept") << QByteArrayLiteral("a\r\n\tb\0") << E::Utf8
                                   << QString(QStringLiteral("a\r\n\tb") + QChar(u'\0'));
    QTest::newRow("invalid replaced")
        << QByteArrayLiteral("ab\xff") << E::Utf8 << QStringLiteral("ab\ufffd");
    QTest::newRow("BOM kept") << QByteArrayLiteral("\xef\xbb\xbfok") << E::Utf8
                              << QStringLiteral("\ufeffok");
    QTest::newRow("latin-1") << QByteArrayLiteral("caf\xe9") << E::Latin1 << QStringLiteral("café");
    QTest::newRow("shift_jis") << HelloShiftJis << E::ShiftJis << QStringLiteral("こんにちは");
    QTest::newRow("shift_jis DEL")
        << QByteArrayLiteral("\x7f") << E::ShiftJis << QStringLiteral("\x7f");
    QTest::newRow("shift_jis invalid")
        << QByteArrayLiteral("\x82") << E::ShiftJis << QStringLiteral("\ufffd");
    QTest::newRow("euc-jp") << HelloEucJp << E::EucJp << QStringLiteral("こんにちは");
}

void tst_PayloadCodec::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(PayloadCodec::Encoding, encoding);
    QFETCH(QString, expected);

    if (encoding != PayloadCodec::Encoding::Utf8 && encoding != PayloadCodec::Encoding::Latin1
        && !hasJapaneseCodecs()) {
        QSKIP("Qt was built without ICU: no Shift_JIS or EUC-JP decoder");
    }
    QCOMPARE(PayloadCodec::decode(bytes, encoding), expected);
}

void tst_PayloadCodec::encodings()
{
    const QList<PayloadCodec::Encoding> encodings = PayloadCodec::encodings();
    QCOMPARE(encodings.size(), 4);
    QCOMPARE(encodings.first(), PayloadCodec::Encoding::Utf8);

    QStringList names;
    for (PayloadCodec::Encoding encoding : encodings)
        names << PayloadCodec::encodingName(encoding);
    QCOMPARE(names,
             (QStringList {QStringLiteral("UTF-8"), QStringLiteral("ISO-8859-1"),
                           QStringLiteral("Shift_JIS"), QStringLiteral("EUC-JP")}));
    // The names double as QStringDecoder names, for whoever needs one.
    QVERIFY(QStringDecoder(names.at(0).toLatin1().constData()).isValid());
    QVERIFY(QStringDecoder(names.at(1).toLatin1().constData()).isValid());
    if (hasJapaneseCodecs()) {
        QVERIFY(QStringDecoder(names.at(2).toLatin1().constData()).isValid());
        QVERIFY(QStringDecoder(names.at(3).toLatin1().constData()).isValid());
    }
}

QTEST_GUILESS_MAIN(tst_PayloadCodec)
#include "tst_payloadcodec.moc"
