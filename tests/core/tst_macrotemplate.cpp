// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/macrohex.h"
#include "payload/macrotemplate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

namespace {

QByteArray renderOf(const QByteArray &source, quint64 index = 0, int step = 0)
{
    QString error;
    const std::optional<MacroTemplate> compiled = MacroTemplate::compile(source, &error);
    if (!compiled) {
        qWarning("compile failed: %s", qPrintable(error));
        return QByteArrayLiteral("<error>");
    }
    return compiled->render(index, step);
}

} // namespace

class tst_MacroTemplate : public QObject
{
    Q_OBJECT

private slots:
    void literalOnly();
    void counter_data();
    void counter();
    void sequenceStep();
    void timeAndDate();
    void unixMs();
    void randomLength_data();
    void randomLength();
    void randomBytesVary();
    void literalBraces_data();
    void literalBraces();
    void errorsNamePosition_data();
    void errorsNamePosition();
    void compiledOnceRendersMany();
    void hexWithPlaceholders_data();
    void hexWithPlaceholders();
    void hexWithPlaceholdersErrorPosition();
    void hexWithPlaceholdersRoundTrip_data();
    void hexWithPlaceholdersRoundTrip();
    void groups_data();
    void groups();
    void groupsWithoutCaptures();
    void groupErrors_data();
    void groupErrors();
};

void tst_MacroTemplate::literalOnly()
{
    QString error;
    const auto compiled = MacroTemplate::compile(QByteArray("plain \x00 }} bytes", 16), &error);
    QVERIFY2(compiled, qPrintable(error));
    QVERIFY(compiled->isConstant());
    QCOMPARE(compiled->render(7), QByteArray("plain \x00 }} bytes", 16));
    QCOMPARE(renderOf(QByteArray()), QByteArray());
}

void tst_MacroTemplate::counter_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<quint64>("index");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default first")
        << QByteArray("n={{counter}}") << quint64(0) << QByteArray("n=0");
    QTest::newRow("default tenth")
        << QByteArray("n={{counter}}") << quint64(10) << QByteArray("n=10");
    QTest::newRow("start") << QByteArray("{{counter:start=1}}") << quint64(0) << QByteArray("1");
    QTest::newRow("step") << QByteArray("{{counter:start=1,step=5}}") << quint64(3)
                          << QByteArray("16");
    QTest::newRow("width") << QByteArray("{{counter:width=4}}") << quint64(7) << QByteArray("0007");
    QTest::newRow("width overflows")
        << QByteArray("{{counter:width=2}}") << quint64(123) << QByteArray("123");
    QTest::newRow("all, spaces, any order")
        << QByteArray("<{{ counter : width=3 , step=10, start=100 }}>") << quint64(2)
        << QByteArray("<120>");
    QTest::newRow("negative step")
        << QByteArray("{{counter:start=1,step=-1,width=3}}") << quint64(3) << QByteArray("-002");
    QTest::newRow("twice") << QByteArray("{{counter}}-{{counter:start=1}}") << quint64(4)
                           << QByteArray("4-5");
}

void tst_MacroTemplate::counter()
{
    QFETCH(QByteArray, source);
    QFETCH(quint64, index);
    QFETCH(QByteArray, expected);
    QCOMPARE(renderOf(source, index), expected);
}

void tst_MacroTemplate::sequenceStep()
{
    QCOMPARE(renderOf("step {{seq}} of n={{counter}}", 9, 2), QByteArray("step 2 of n=9"));
    QCOMPARE(renderOf("{{seq}}", 0), QByteArray("0"));
}

void tst_MacroTemplate::timeAndDate()
{
    const QDateTime before = QDateTime::currentDateTime();
    const QByteArray out = renderOf("[{{date}} {{time}}]");
    const QDateTime after = QDateTime::currentDateTime();
    const QRegularExpression shape(
        QStringLiteral(R"(^\[(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3})\]$)"));
    const auto match = shape.match(QString::fromLatin1(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const QDateTime rendered
        = QDateTime(QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd")),
                    QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss.zzz")));
    QVERIFY(rendered.isValid());
    QVERIFY(rendered >= before.addMSecs(-1) && rendered <= after.addMSecs(1));
}

void tst_MacroTemplate::unixMs()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QByteArray out = renderOf("{{unixms}}");
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    bool ok = false;
    const qint64 value = out.toLongLong(&ok);
    QVERIFY2(ok, out.constData());
    QVERIFY(value >= before && value <= after);
}

void tst_MacroTemplate::randomLength_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("256") << 256;
    QTest::newRow("257") << 257;
    QTest::newRow("max") << MacroTemplate::MaxRandomBytes;
}

void tst_MacroTemplate::randomLength()
{
    QFETCH(int, count);
    const QByteArray out = renderOf("<{{random:" + QByteArray::number(count) + "}}>");
    QCOMPARE(out.size(), count + 2);
    QVERIFY(out.startsWith('<') && out.endsWith('>'));
}

void tst_MacroTemplate::randomBytesVary()
{
    // 16 random bytes twice: equal with probability 2^-128.
    const auto compiled = MacroTemplate::compile("{{random:16}}", nullptr);
    QVERIFY(compiled);
    QVERIFY(!compiled->isConstant());
    QVERIFY(compiled->render(0) != compiled->render(0));
}

void tst_MacroTemplate::literalBraces_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("escaped open") << QByteArray("{{{{counter}}") << QByteArray("{{counter}}");
    QTest::newRow("escaped alone") << QByteArray("a{{{{b") << QByteArray("a{{b");
    QTest::newRow("brace before macro") << QByteArray("{{{seq}}}") << QByteArray("{0}");
    QTest::newRow("single brace") << QByteArray("{x}") << QByteArray("{x}");
    QTest::newRow("json") << QByteArray(R"({"n": {{counter:start=7}}})")
                          << QByteArray(R"({"n": 7})");
    QTest::newRow("closing only") << QByteArray("}}") << QByteArray("}}");
}

void tst_MacroTemplate::literalBraces()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    QCOMPARE(renderOf(source, 0, 0), expected);
    const auto compiled = MacroTemplate::compile("{{{{x", nullptr);
    QVERIFY(compiled && compiled->isConstant());
}

void tst_MacroTemplate::errorsNamePosition_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown") << QByteArray("abc{{nope}}") << qsizetype(3) << QStringLiteral("nope");
    QTest::newRow("empty") << QByteArray("{{}}") << qsizetype(0) << QStringLiteral("counter");
    QTest::newRow("unclosed") << QByteArray("ok {{counter") << qsizetype(3) << QStringLiteral("}}");
    QTest::newRow("unclosed single brace")
        << QByteArray("{{counter}") << qsizetype(0) << QStringLiteral("}}");
    QTest::newRow("counter bad key")
        << QByteArray("{{counter:begin=1}}") << qsizetype(0) << QStringLiteral("begin=1");
    QTest::newRow("counter bad number")
        << QByteArray("xx{{counter:step=a}}") << qsizetype(2) << QStringLiteral("step=a");
    QTest::newRow("counter width too big")
        << QByteArray("{{counter:width=21}}") << qsizetype(0) << QStringLiteral("width=21");
    QTest::newRow("random without count")
        << QByteArray("{{random}}") << qsizetype(0) << QStringLiteral("65536");
    QTest::newRow("random zero") << QByteArray("{{random:0}}") << qsizetype(0)
                                 << QStringLiteral("random");
    QTest::newRow("random too many")
        << QByteArray("{{random:65537}}") << qsizetype(0) << QStringLiteral("65536");
    QTest::newRow("time with options")
        << QByteArray("{{seq}}{{time:utc}}") << qsizetype(7) << QStringLiteral("time");
    QTest::newRow("upper case") << QByteArray("{{COUNTER}}") << qsizetype(0)
                                << QStringLiteral("COUNTER");
    QTest::newRow("group without number")
        << QByteArray("{{group}}") << qsizetype(0) << QStringLiteral("group:1");
    QTest::newRow("second error position")
        << QByteArray("{{counter}} and {{bogus}}") << qsizetype(16) << QStringLiteral("bogus");
}

void tst_MacroTemplate::errorsNamePosition()
{
    QFETCH(QByteArray, source);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);
    QString error;
    qsizetype at = -1;
    QVERIFY(!MacroTemplate::compile(source, &error, &at));
    QCOMPARE(at, position);
    // One sentence that names the byte position and what was wrong.
    QVERIFY2(error.contains(QString::number(position)), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.')));
}

void tst_MacroTemplate::compiledOnceRendersMany()
{
    // A copy shares the compiled pieces and renders the same; the counter follows the index.
    const auto compiled = MacroTemplate::compile("#{{counter:width=6}};", nullptr);
    QVERIFY(compiled);
    const MacroTemplate copy = *compiled;
    QByteArray all;
    for (quint64 k = 0; k < 100'000; ++k)
        copy.renderInto(all, k);
    QCOMPARE(all.size(), 100'000 * 8);
    QCOMPARE(all.left(16), QByteArray("#000000;#000001;"));
    QCOMPARE(all.right(8), QByteArray("#099999;"));
}

void tst_MacroTemplate::hexWithPlaceholders_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("frame") << QStringLiteral("01 03 {{counter:width=2}} 0d")
                           << QByteArray("\x01\x03{{counter:width=2}}\x0d");
    QTest::newRow("adjacent") << QStringLiteral("ff{{seq}}00") << QByteArray("\xff{{seq}}\x00", 9);
    QTest::newRow("only") << QStringLiteral("{{random:2}}") << QByteArray("{{random:2}}");
    QTest::newRow("none") << QStringLiteral("ca fe") << QByteArray("\xca\xfe");
}

void tst_MacroTemplate::hexWithPlaceholders()
{
    QFETCH(QString, hex);
    QFETCH(QByteArray, bytes);
    const PayloadCodec::Result parsed = MacroHex::parse(hex);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error));
    QCOMPARE(parsed.bytes, bytes);
}

void tst_MacroTemplate::hexWithPlaceholdersErrorPosition()
{
    const PayloadCodec::Result bad = MacroHex::parse(QStringLiteral("01 {{seq}} 0z"));
    QVERIFY(!bad.isOk());
    QCOMPARE(bad.errorPosition, 12); // the "z", counted in the whole text
    QVERIFY(!MacroHex::parse(QStringLiteral("01 {{seq")).isOk()); // unclosed: not hex
}

void tst_MacroTemplate::hexWithPlaceholdersRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("frame") << QByteArray("\x01\x03{{counter}}\x84\x0a", 15);
    QTest::newRow("braces as data") << QByteArray("{{{{x}} {{ \x7b\x7b");
    QTest::newRow("unclosed") << QByteArray("\x00{{abc", 6);
    QTest::newRow("invalid utf-8 in token") << QByteArray("{{\xff}}\x01");
    QTest::newRow("empty") << QByteArray();
}

void tst_MacroTemplate::hexWithPlaceholdersRoundTrip()
{
    QFETCH(QByteArray, bytes);
    const QString hex = MacroHex::toHex(bytes);
    const PayloadCodec::Result back = MacroHex::parse(hex);
    QVERIFY2(back.isOk(), qPrintable(hex + QStringLiteral(": ") + back.error));
    QCOMPARE(back.bytes, bytes);
}

void tst_MacroTemplate::groups_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whole match") << QByteArray("[{{group:0}}]") << QByteArray("[GET /a 7]");
    QTest::newRow("numbered") << QByteArray("{{group:1}}-{{group:2}}") << QByteArray("/a-7");
    QTest::newRow("spaces") << QByteArray("{{ group : 2 }}") << QByteArray("7");
    QTest::newRow("named") << QByteArray("p={{group:path}}") << QByteArray("p=/a");
    QTest::newRow("did not take part") << QByteArray("<{{group:3}}>") << QByteArray("<>");
    QTest::newRow("beyond the groups") << QByteArray("<{{group:99}}>") << QByteArray("<>");
    QTest::newRow("unknown name") << QByteArray("<{{group:nope}}>") << QByteArray("<>");
    QTest::newRow("binary bytes") << QByteArray("{{group:4}}") << QByteArray("\0\xff", 2);
    QTest::newRow("with counter") << QByteArray("{{group:2}}#{{counter:start=5}}")
                                  << QByteArray("7#8");
    QTest::newRow("literal braces") << QByteArray("{{{{group:1}}") << QByteArray("{{group:1}}");
}

void tst_MacroTemplate::groups()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    QString error;
    const auto compiled = MacroTemplate::compile(source, &error);
    QVERIFY2(compiled, qPrintable(error));
    MacroTemplate::Captures captures;
    captures.groups = {"GET /a 7", "/a", "7", QByteArray(), QByteArray("\0\xff", 2)};
    captures.names = {QString(), QStringLiteral("path"), QString(), QString(), QString()};
    QCOMPARE(compiled->render(3, 0, captures), expected);
    QCOMPARE(compiled->usesGroups(), !source.startsWith("{{{{"));
}

void tst_MacroTemplate::groupsWithoutCaptures()
{
    // The plain render() (the repeat path) has no match: a group renders as nothing.
    const auto compiled = MacroTemplate::compile("a{{group:1}}b{{counter}}", nullptr);
    QVERIFY(compiled);
    QVERIFY(!compiled->isConstant());
    QCOMPARE(compiled->render(2), QByteArray("ab2"));
    QCOMPARE(compiled->render(2, 0, MacroTemplate::Captures()), QByteArray("ab2"));
}

void tst_MacroTemplate::groupErrors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("no colon") << QByteArray("{{group}}");
    QTest::newRow("empty") << QByteArray("{{group:}}");
    QTest::newRow("over 99") << QByteArray("{{group:100}}");
    QTest::newRow("negative") << QByteArray("{{group:-1}}");
    QTest::newRow("digit then letters") << QByteArray("{{group:1a}}");
    QTest::newRow("name with a dash") << QByteArray("{{group:my-name}}");
}

void tst_MacroTemplate::groupErrors()
{
    QFETCH(QByteArray, source);
    QString error;
    qsizetype at = -1;
    QVERIFY(!MacroTemplate::compile("ab" + source, &error, &at));
    QCOMPARE(at, qsizetype(2));
    QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
}

QTEST_APPLESS_MAIN(tst_MacroTemplate)
#include "tst_macrotemplate.moc"
