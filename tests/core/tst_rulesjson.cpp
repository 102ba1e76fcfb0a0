// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulesjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every field away from its default, so that a field the writer or reader forgets shows.
ResponseRules everyField()
{
    ResponseRules rules;
    ResponseRule a;
    a.enabled = false;
    a.match = ResponseRule::Match::HexPattern;
    a.pattern = u"02 ?? 10 *"_s;
    a.action = ResponseRule::Action::Reply;
    a.reply = u"06 {{counter}}"_s;
    a.replyFormat = PayloadCodec::Format::Hex;
    a.macros = false;
    a.replyMessageId = u"1234-abcd"_s;
    a.delayMs = 250;
    a.comment = u"ack with a counter"_s;
    ResponseRule b;
    b.match = ResponseRule::Match::Regex;
    b.pattern = u"^GET (\\S+)"_s;
    b.action = ResponseRule::Action::Reset;
    ResponseRule c;
    c.match = ResponseRule::Match::Suffix;
    c.action = ResponseRule::Action::Close;
    ResponseRule d;
    d.match = ResponseRule::Match::Contains;
    d.action = ResponseRule::Action::Drop;
    ResponseRule e;
    e.match = ResponseRule::Match::Prefix;
    e.pattern = u"é\\r\\n"_s;
    rules.rules << a << b << c << d << e << ResponseRule();
    rules.defaultAction = ResponseRules::Default::Reply;
    rules.defaultReply = u"ff 00"_s;
    rules.defaultReplyFormat = PayloadCodec::Format::Hex;
    rules.defaultMacros = false;
    return rules;
}

} // namespace

class tst_RulesJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void shapeOnDisk();
    void minimalDocument();
    void errors_data();
    void errors();
    void fileRoundTrip();
    void fileTooLarge();
    void fileMissingOrFolder();
    void writeRefusesSymlink();
    void writeIsAtomic();
};

void tst_RulesJson::roundTrip()
{
    const ResponseRules rules = everyField();
    QString error;
    const std::optional<ResponseRules> back
        = RulesJson::fromBytes(RulesJson::toBytes(rules), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->rules.size(), rules.rules.size());
    for (qsizetype i = 0; i < rules.rules.size(); ++i)
        QVERIFY2(back->rules.at(i) == rules.rules.at(i), qPrintable(QString::number(i)));
    QVERIFY(*back == rules);
    QVERIFY(*RulesJson::fromBytes(RulesJson::toBytes(ResponseRules()), &error) == ResponseRules());
}

void tst_RulesJson::shapeOnDisk()
{
    // The names in the file are the documented ones, not enum numbers.
    const QJsonObject json = RulesJson::toJson(everyField());
    QCOMPARE(json.value(u"format"_s).toString(), u"socklab-rules"_s);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    QCOMPARE(json.value(u"default"_s).toObject().value(u"action"_s).toString(), u"reply"_s);
    const QJsonObject first = json.value(u"rules"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"match"_s).toString(), u"hex"_s);
    QCOMPARE(first.value(u"format"_s).toString(), u"hex"_s);
    QCOMPARE(first.value(u"message"_s).toString(), u"1234-abcd"_s);
    QCOMPARE(first.value(u"delayMs"_s).toInt(), 250);
    QCOMPARE(json.value(u"rules"_s).toArray().at(1).toObject().value(u"action"_s).toString(),
             u"reset"_s);
}

void tst_RulesJson::minimalDocument()
{
    // Every key but "rules" may be left out; a rule's keys take ResponseRule's defaults.
    QString error;
    const auto rules = RulesJson::fromBytes(R"({"rules": [{"pattern": "PING"}]})", &error);
    QVERIFY2(rules, qPrintable(error));
    ResponseRules expected;
    ResponseRule ping;
    ping.pattern = u"PING"_s;
    expected.rules << ping;
    QVERIFY(*rules == expected);
}

void tst_RulesJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("not json") << QByteArray("{\"rules\": [") << QStringList {u"JSON"_s};
    QTest::newRow("not an object") << QByteArray("[]") << QStringList {u"object"_s};
    QTest::newRow("no rules") << QByteArray("{}") << QStringList {u"\"rules\""_s};
    QTest::newRow("rules not a list")
        << QByteArray(R"({"rules": {}})") << QStringList {u"\"rules\""_s};
    QTest::newRow("other format") << QByteArray(R"({"format": "socklab-messages", "rules": []})")
                                  << QStringList {u"socklab-rules"_s};
    QTest::newRow("newer version")
        << QByteArray(R"({"version": 2, "rules": []})") << QStringList {u"2"_s, u"newer"_s};
    QTest::newRow("version not a number")
        << QByteArray(R"({"version": "1", "rules": []})") << QStringList {u"version"_s};
    QTest::newRow("unknown top key")
        << QByteArray(R"({"rulez": [], "rules": []})") << QStringList {u"rulez"_s};
    QTest::newRow("default not an object")
        << QByteArray(R"({"default": "echo", "rules": []})") << QStringList {u"default"_s};
    QTest::newRow("default action")
        << QByteArray(R"({"default": {"action": "shout"}, "rules": []})")
        << QStringList {u"default"_s, u"action"_s, u"shout"_s, u"\"echo\""_s};
    QTest::newRow("default macros type") << QByteArray(R"({"default": {"macros": 1}, "rules": []})")
                                         << QStringList {u"default"_s, u"macros"_s};
    QTest::newRow("rule not an object")
        << QByteArray(R"({"rules": [{}, "x"]})") << QStringList {u"rule 2"_s};
    QTest::newRow("unknown rule key") << QByteArray(R"({"rules": [{}, {}, {"patern": "x"}]})")
                                      << QStringList {u"rule 3"_s, u"patern"_s};
    QTest::newRow("match name") << QByteArray(R"({"rules": [{"match": "glob"}]})")
                                << QStringList {u"rule 1"_s, u"match"_s, u"glob"_s, u"\"regex\""_s};
    QTest::newRow("match name with a line break, shown escaped")
        << QByteArray(R"({"rules": [{"match": "a\nb"}]})") << QStringList {u"rule 1"_s, u"a\\nb"_s};
    QTest::newRow("top key with a line break, shown escaped")
        << QByteArray(R"({"rules": [], "x\ny": 1})") << QStringList {u"x\\ny"_s};
    QTest::newRow("action name") << QByteArray(R"({"rules": [{}, {"action": "explode"}]})")
                                 << QStringList {u"rule 2"_s, u"action"_s, u"explode"_s};
    QTest::newRow("format name") << QByteArray(R"({"rules": [{"format": "base64"}]})")
                                 << QStringList {u"rule 1"_s, u"format"_s, u"base64"_s};
    QTest::newRow("pattern type") << QByteArray(R"({"rules": [{"pattern": 5}]})")
                                  << QStringList {u"rule 1"_s, u"pattern"_s, u"string"_s};
    QTest::newRow("enabled type") << QByteArray(R"({"rules": [{"enabled": "yes"}]})")
                                  << QStringList {u"rule 1"_s, u"enabled"_s};
    QTest::newRow("delay negative") << QByteArray(R"({"rules": [{"delayMs": -1}]})")
                                    << QStringList {u"rule 1"_s, u"delayMs"_s, u"3600000"_s};
    QTest::newRow("delay too long") << QByteArray(R"({"rules": [{"delayMs": 3600001}]})")
                                    << QStringList {u"rule 1"_s, u"delayMs"_s};
    QTest::newRow("delay fraction") << QByteArray(R"({"rules": [{"delayMs": 1.5}]})")
                                    << QStringList {u"rule 1"_s, u"delayMs"_s};
    QTest::newRow("message type") << QByteArray(R"({"rules": [{"message": null}]})")
                                  << QStringList {u"rule 1"_s, u"message"_s};

    QByteArray many = "{\"rules\": [";
    for (int i = 0; i <= ResponseRules::MaxRules; ++i)
        many += i ? ",{}" : "{}";
    many += "]}";
    QTest::newRow("too many rules")
        << many << QStringList {QString::number(ResponseRules::MaxRules)};
}

void tst_RulesJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    QVERIFY(!RulesJson::fromBytes(json, &error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(error + u" lacks "_s + mention));
    QVERIFY2(error.endsWith(u'.') && !error.contains(u'\n'), qPrintable(error));
}

void tst_RulesJson::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/folder/rules.json"_s);
    QString error;
    QVERIFY2(RulesJson::writeFile(path, everyField(), &error), qPrintable(error));
    const auto back = RulesJson::readFile(path, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == everyField());

    // A damaged file names itself and the cause.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"rules": [{"match": "glob"}]})");
    file.close();
    QVERIFY(!RulesJson::readFile(path, &error));
    QVERIFY2(error.contains(path) && error.contains(u"rule 1"_s), qPrintable(error));
}

void tst_RulesJson::fileTooLarge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Valid JSON, just too long: whitespace before the document.
    file.write(QByteArray(RulesJson::MaxFileBytes, ' '));
    file.write(R"({"rules": []})");
    file.close();
    QString error;
    QVERIFY(!RulesJson::readFile(path, &error));
    QVERIFY2(error.contains(path) && error.contains(u"4 MiB"_s), qPrintable(error));
    QVERIFY(!RulesJson::fromBytes(QByteArray(RulesJson::MaxFileBytes + 1, ' '), &error));
    QVERIFY2(error.contains(u"4 MiB"_s), qPrintable(error));
}

void tst_RulesJson::fileMissingOrFolder()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!RulesJson::readFile(dir.filePath(u"nothing.json"_s), &error));
    QVERIFY2(error.contains(u"nothing.json"_s), qPrintable(error));
    QVERIFY(!RulesJson::readFile(dir.path(), &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
}

void tst_RulesJson::writeRefusesSymlink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"precious.txt"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString link = dir.filePath(u"rules.json"_s);
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY(!RulesJson::writeFile(link, everyField(), &error));
    QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
    // Reading through a link is fine: where the user keeps a file is the user's choice.
    QVERIFY(file.remove());
    QVERIFY(RulesJson::writeFile(target, everyField(), &error));
    QVERIFY(RulesJson::readFile(link, &error));
}

void tst_RulesJson::writeIsAtomic()
{
    // QSaveFile writes a new file and renames it over the old one: a reader holding the old
    // file sees it whole, and no temporary file stays behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rules.json"_s);
    QString error;
    ResponseRules first;
    first.defaultAction = ResponseRules::Default::Echo;
    QVERIFY(RulesJson::writeFile(path, first, &error));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(RulesJson::writeFile(path, everyField(), &error));
    QCOMPARE(old.readAll(), RulesJson::toBytes(first));
    QCOMPARE(*RulesJson::readFile(path, &error), everyField());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"rules.json"_s});
}

QTEST_GUILESS_MAIN(tst_RulesJson)
#include "tst_rulesjson.moc"
