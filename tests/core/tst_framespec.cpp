// SPDX-License-Identifier: GPL-3.0-or-later
#include "framing/framespec.h"

#include <QTest>

class TestFrameSpec : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryMode();
    void roundTrips_data();
    void roundTrips();
    void rejectsWithOneSentence_data();
    void rejectsWithOneSentence();
    void describes();
};

void TestFrameSpec::parsesEveryMode()
{
    QString error;
    std::optional<FrameSpec> spec = FrameSpec::parse(QStringLiteral("delimiter:\\r\\n"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->mode, FrameSpec::Mode::Delimiter);
    QCOMPARE(spec->delimiter, QByteArray("\r\n"));
    QCOMPARE(spec->maxFrameBytes, FrameSpec::MaxFrameDefault);

    spec = FrameSpec::parse(QStringLiteral("length:4le,offset=2,inclusive,max=4096"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->mode, FrameSpec::Mode::LengthPrefix);
    QCOMPARE(spec->lengthBytes, 4);
    QVERIFY(!spec->bigEndian);
    QCOMPARE(spec->lengthOffset, 2);
    QVERIFY(spec->lengthIncludesHeader);
    QCOMPARE(spec->maxFrameBytes, 4096);

    spec = FrameSpec::parse(QStringLiteral("fixed:16"), &error);
    QVERIFY(spec && spec->mode == FrameSpec::Mode::Fixed && spec->fixedLength == 16);
    spec = FrameSpec::parse(QStringLiteral("idle:50"), &error);
    QVERIFY(spec && spec->mode == FrameSpec::Mode::Idle && spec->idleMs == 50);
    spec = FrameSpec::parse(QStringLiteral("none"), &error);
    QVERIFY(spec && spec->isNone());
    // A delimiter may hold a comma, escaped or not, as long as it is not ",max=".
    spec = FrameSpec::parse(QStringLiteral("delimiter:;,"), &error);
    QVERIFY(spec && spec->delimiter == ";,");
    spec = FrameSpec::parse(QStringLiteral("delimiter:\\x2cmax=1,max=9"), &error);
    QVERIFY(spec && spec->delimiter == ",max=1" && spec->maxFrameBytes == 9);
}

void TestFrameSpec::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"none", "delimiter:\\n", "delimiter:\\r\\n", "delimiter:\\x2c",
                             "delimiter:END\\0,max=100", "fixed:16", "fixed:1,max=1",
                             "length:1", "length:2be", "length:2le", "length:4be",
                             "length:4le,offset=2,inclusive", "length:2be,offset=7,max=70000",
                             "idle:50", "idle:60000,max=67108864"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestFrameSpec::roundTrips()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<FrameSpec> spec = FrameSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->toString(), text);
    QCOMPARE(FrameSpec::parse(spec->toString(), &error), spec);
}

void TestFrameSpec::rejectsWithOneSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("part"); // what the sentence must name
    QTest::newRow("unknown mode") << QStringLiteral("lines:\\n") << QStringLiteral("\"lines\"");
    QTest::newRow("no colon") << QStringLiteral("fixed") << QStringLiteral("\"fixed\"");
    QTest::newRow("empty delimiter") << QStringLiteral("delimiter:") << QStringLiteral("1 to 64");
    QTest::newRow("bad escape") << QStringLiteral("delimiter:\\q") << QStringLiteral("\\q");
    QTest::newRow("long delimiter") << QStringLiteral("delimiter:") + QString(65, u'x')
                                    << QStringLiteral("65 byte");
    QTest::newRow("fixed zero") << QStringLiteral("fixed:0") << QStringLiteral("\"0\"");
    QTest::newRow("fixed over max") << QStringLiteral("fixed:100,max=10")
                                    << QStringLiteral("max=10");
    QTest::newRow("length 3") << QStringLiteral("length:3be") << QStringLiteral("\"3be\"");
    QTest::newRow("length no order") << QStringLiteral("length:2") << QStringLiteral("2be");
    QTest::newRow("length bad offset") << QStringLiteral("length:2be,offset=-1")
                                       << QStringLiteral("offset=-1");
    QTest::newRow("length header over max") << QStringLiteral("length:4be,offset=10,max=12")
                                            << QStringLiteral("max=12");
    QTest::newRow("unknown option") << QStringLiteral("fixed:4,fast")
                                    << QStringLiteral("\"fast\"");
    QTest::newRow("inclusive on fixed") << QStringLiteral("fixed:4,inclusive")
                                        << QStringLiteral("\"inclusive\"");
    QTest::newRow("repeated max") << QStringLiteral("idle:5,max=9,max=10")
                                  << QStringLiteral("repeated");
    QTest::newRow("max zero") << QStringLiteral("idle:5,max=0") << QStringLiteral("max=0");
    QTest::newRow("max over limit") << QStringLiteral("idle:5,max=67108865")
                                    << QStringLiteral("67108864");
    QTest::newRow("idle zero") << QStringLiteral("idle:0") << QStringLiteral("\"0\"");
    QTest::newRow("idle too long") << QStringLiteral("idle:60001") << QStringLiteral("60000");
    QTest::newRow("delimiter bad max") << QStringLiteral("delimiter:\\n,max=x")
                                       << QStringLiteral("max=x");
    QTest::newRow("none with value") << QStringLiteral("none:1") << QStringLiteral("none");
}

void TestFrameSpec::rejectsWithOneSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    QString error;
    QVERIFY(!FrameSpec::parse(text, &error));
    QVERIFY2(error.contains(part), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
    QCOMPARE(error.count(u'\n'), 0);
}

void TestFrameSpec::describes()
{
    QString error;
    QCOMPARE(FrameSpec::parse(QStringLiteral("delimiter:\\r\\n"), &error)->describe(),
             QStringLiteral("messages end with \\r\\n, at most 1048576 bytes each"));
    QCOMPARE(FrameSpec::parse(QStringLiteral("length:2be"), &error)->describe(),
             QStringLiteral("2-byte big-endian length prefix counting the body only, at most "
                            "1048576 bytes each"));
    QCOMPARE(FrameSpec::parse(QStringLiteral("length:4le,offset=2,inclusive,max=9"), &error)
                     ->describe(),
             QStringLiteral("4-byte little-endian length prefix after 2 header byte(s) counting "
                            "the whole message, at most 9 bytes each"));
}

QTEST_APPLESS_MAIN(TestFrameSpec)
#include "tst_framespec.moc"
