// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleoptions.h"

#include <QCommandLineParser>
#include <QTest>

// The --reply-if shorthand and how --rules, --echo and --reply combine (RuleOptions).
class TestRuleOptions : public QObject
{
    Q_OBJECT

private slots:
    void splitsAtTheFirstUnescapedEquals_data();
    void splitsAtTheFirstUnescapedEquals();
    void refusesWhatCannotBeARule_data();
    void refusesWhatCannotBeARule();
    void echoBecomesTheDefault();
    void noRulesNoResponder();
};

void TestRuleOptions::splitsAtTheFirstUnescapedEquals_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("reply");
    const int exact = int(ResponseRule::Match::Exact);
    const int regex = int(ResponseRule::Match::Regex);
    QTest::newRow("plain") << "PING=PONG" << exact << "PING" << "PONG";
    QTest::newRow("later = stay in the reply") << "a=b=c" << exact << "a" << "b=c";
    QTest::newRow("escaped = in MATCH") << "a\\=b=eq" << exact << "a\\x3db" << "eq";
    QTest::newRow("escaped backslash, then the separator")
            << "a\\\\=b" << exact << "a\\\\" << "b";
    QTest::newRow("escapes kept for the codec") << "PING\\r\\n=PONG\\n" << exact
                                                << "PING\\r\\n" << "PONG\\n";
    QTest::newRow("regex with groups") << "/^id (\\d+)$/=ID {{group:1}}" << regex
                                       << "^id (\\d+)$" << "ID {{group:1}}";
    QTest::newRow("regex with an escaped =") << "/a\\=b/=x" << regex << "a\\=b" << "x";
    QTest::newRow("a lone slash is text") << "/=slash" << exact << "/" << "slash";
}

void TestRuleOptions::splitsAtTheFirstUnescapedEquals()
{
    QFETCH(QString, value);
    QFETCH(int, match);
    QFETCH(QString, pattern);
    QFETCH(QString, reply);
    QString error;
    const std::optional<ResponseRule> rule = RuleOptions::parseReplyIf(value, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(int(rule->match), match);
    QCOMPARE(rule->pattern, pattern);
    QCOMPARE(rule->reply, reply);
    QCOMPARE(rule->action, ResponseRule::Action::Reply);
    QVERIFY(rule->macros);
}

void TestRuleOptions::refusesWhatCannotBeARule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("no separator") << "PING" << "'='";
    QTest::newRow("only an escaped =") << "a\\=b" << "'='";
    QTest::newRow("empty match") << "=PONG" << "nothing to match";
    QTest::newRow("empty reply") << "PING=" << "empty reply";
    QTest::newRow("bad escape in MATCH") << "P\\qNG=x" << "MATCH";
    QTest::newRow("bad escape in REPLY") << "PING=\\xZZ" << "REPLY";
    QTest::newRow("bad regex") << "/(unclosed/=x" << "regular expression";
}

void TestRuleOptions::refusesWhatCannotBeARule()
{
    QFETCH(QString, value);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!RuleOptions::parseReplyIf(value, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.contains(value), qPrintable(error));
}

void TestRuleOptions::echoBecomesTheDefault()
{
    QCommandLineParser parser;
    RuleOptions::addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("x"), QStringLiteral("--reply-if"),
                          QStringLiteral("PING=PONG")}));
    QString error;
    const auto responder = RuleOptions::responder(
            parser, {ResponseRules::Default::Echo, {}, QStringLiteral("--echo")}, &error);
    QVERIFY2(responder, qPrintable(error));
    QVERIFY(*responder);
    QCOMPARE((*responder)->decide("PING").reply, QByteArray("PONG"));
    const Responder::Decision other = (*responder)->decide("other");
    QCOMPARE(other.kind, Responder::Decision::Kind::Reply);
    QCOMPARE(other.reply, QByteArray("other"));
    QCOMPARE(other.ruleIndex, -1);
}

void TestRuleOptions::noRulesNoResponder()
{
    QCommandLineParser parser;
    RuleOptions::addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("x")}));
    QString error;
    const auto responder = RuleOptions::responder(
            parser, {ResponseRules::Default::Echo, {}, QStringLiteral("--echo")}, &error);
    QVERIFY(responder);
    QVERIFY(!*responder); // --echo alone: the session echoes, no responder involved
}

QTEST_GUILESS_MAIN(TestRuleOptions)
#include "tst_ruleoptions.moc"
