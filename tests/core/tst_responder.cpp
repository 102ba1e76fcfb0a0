#include "rules/responder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Kind = Responder::Decision::Kind;

ResponseRule rule(ResponseRule::Match match, const QString &pattern, const QString &reply = {},
                  ResponseRule::Action action = ResponseRule::Action::Reply)
{
    ResponseRule r;
    r.match = match;
    r.pattern = pattern;
    r.reply = reply;
    r.action = action;
    return r;
}

std::shared_ptr<Responder> compiled(const ResponseRules &rules,
                                    const Responder::MessageLookup &lookup = {})
{
    QString error;
    std::shared_ptr<Responder> responder = Responder::compile(rules, lookup, &error);
    if (!responder)
        qWarning("compile failed: %s", qPrintable(error));
    return responder;
}

QString compileError(const ResponseRules &rules, const Responder::MessageLookup &lookup = {})
{
    QString error;
    if (Responder::compile(rules, lookup, &error))
        return u"<compiled>"_s;
    return error;
}

} // namespace

class tst_Responder : public QObject
{
    Q_OBJECT

private slots:
    void matchKinds_data();
    void matchKinds();
    void firstMatchWins();
    void defaults();
    void regexGroupsInReply();
    void describeRule();
};

void tst_Responder::matchKinds_data()
{
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("matches");
    using M = ResponseRule::Match;
    QTest::newRow("exact") << int(M::Exact) << u"PING"_s << QByteArray("PING") << true;
    QTest::newRow("exact longer") << int(M::Exact) << u"PING"_s << QByteArray("PING!") << false;
    QTest::newRow("exact escapes")
        << int(M::Exact) << u"A\\r\\n\\x00\\xff"_s << QByteArray("A\r\n\0\xff", 5) << true;
    QTest::newRow("prefix") << int(M::Prefix) << u"GET "_s << QByteArray("GET /x") << true;
    QTest::newRow("prefix no") << int(M::Prefix) << u"GET "_s << QByteArray("PUT /x") << false;
    QTest::newRow("suffix") << int(M::Suffix) << u"\\r\\n"_s << QByteArray("hi\r\n") << true;
    QTest::newRow("suffix no") << int(M::Suffix) << u"\\r\\n"_s << QByteArray("hi\n") << false;
    QTest::newRow("contains") << int(M::Contains) << u"\\x02"_s << QByteArray("a\x02z") << true;
    QTest::newRow("contains no") << int(M::Contains) << u"zz"_s << QByteArray("a z") << false;
    QTest::newRow("regex search") << int(M::Regex) << u"T=\\d+"_s << QByteArray("x T=42 y") << true;
    QTest::newRow("regex anchored") << int(M::Regex) << u"^T"_s << QByteArray("xT") << false;
    QTest::newRow("regex utf-8") << int(M::Regex) << u"^こ.$"_s << QString(u"こん"_s).toUtf8()
                                 << true;
}

void tst_Responder::matchKinds()
{
    QFETCH(int, match);
    QFETCH(QString, pattern);
    QFETCH(QByteArray, message);
    QFETCH(bool, matches);
    ResponseRules rules;
    rules.rules << rule(ResponseRule::Match(match), pattern, u"hit"_s);
    const auto responder = compiled(rules);
    QVERIFY(responder);
    const Responder::Decision decision = responder->decide(message);
    QCOMPARE(decision.kind, matches ? Kind::Reply : Kind::Nothing);
    QCOMPARE(decision.ruleIndex, matches ? 0 : -1);
    QCOMPARE(decision.reply, matches ? QByteArray("hit") : QByteArray());
    QVERIFY(decision.guardNote.isEmpty());
}

void tst_Responder::firstMatchWins()
{
    ResponseRules rules;
    rules.rules << rule(ResponseRule::Match::Prefix, u"A"_s, u"one"_s)
                << rule(ResponseRule::Match::Prefix, u"AB"_s, u"two"_s)
                << rule(ResponseRule::Match::Contains, u"B"_s, u"three"_s);
    rules.rules[0].enabled = false; // skipped
    const auto responder = compiled(rules);
    QVERIFY(responder);
    QCOMPARE(responder->decide("ABC").reply, QByteArray("two"));
    QCOMPARE(responder->decide("ABC").ruleIndex, 1);
    QCOMPARE(responder->decide("xB").reply, QByteArray("three"));
    QCOMPARE(responder->fireCounts(), (QList<quint64> {0, 2, 1}));
    QCOMPARE(responder->defaultCount(), quint64(0));
}

void tst_Responder::defaults()
{
    ResponseRules rules;
    rules.rules << rule(ResponseRule::Match::Exact, u"x"_s, u"X"_s);
    rules.defaultAction = ResponseRules::Default::None;
    QCOMPARE(compiled(rules)->decide("y").kind, Kind::Nothing);

    rules.defaultAction = ResponseRules::Default::Echo;
    auto responder = compiled(rules);
    Responder::Decision decision = responder->decide(QByteArray("y\0z", 3));
    QCOMPARE(decision.kind, Kind::Reply);
    QCOMPARE(decision.ruleIndex, -1);
    QCOMPARE(decision.reply, QByteArray("y\0z", 3));
    QCOMPARE(responder->defaultCount(), quint64(1));

    rules.defaultAction = ResponseRules::Default::Reply;
    rules.defaultReply = u"? {{counter}} [{{group:0}}]\\n"_s;
    responder = compiled(rules);
    QCOMPARE(responder->decide("a").reply, QByteArray("? 0 [a]\n"));
    QCOMPARE(responder->decide("b").reply, QByteArray("? 1 [b]\n"));
    QCOMPARE(responder->decide("x").reply, QByteArray("X"));
    QCOMPARE(responder->defaultCount(), quint64(2));
}

void tst_Responder::regexGroupsInReply()
{
    ResponseRules rules;
    rules.rules << rule(ResponseRule::Match::Regex, u"GET (?<path>\\S+) (\\d)?"_s,
                        u"path={{group:path}} n={{group:2}} all={{group:0}} #{{counter}}"_s);
    const auto responder = compiled(rules);
    QVERIFY(responder);
    QCOMPARE(responder->decide("> GET /a 7 <").reply, QByteArray("path=/a n=7 all=GET /a 7 #0"));
    // Group 2 did not take part: it renders as nothing.
    QCOMPARE(responder->decide("GET /b x").reply, QByteArray("path=/b n= all=GET /b  #1"));
}

void tst_Responder::describeRule()
{
    ResponseRules rules;
    rules.rules << rule(ResponseRule::Match::Prefix, u"GET "_s, u"ok"_s);
    rules.defaultAction = ResponseRules::Default::Echo;
    const auto responder = compiled(rules);
    QCOMPARE(responder->describeRule(0), u"rule 1 (prefix \"GET \")"_s);
    QVERIFY(responder->describeRule(-1).contains(u"echo"_s));
    QVERIFY(compileError(rules) == u"<compiled>"_s);
}

QTEST_GUILESS_MAIN(tst_Responder)
#include "tst_responder.moc"
