#include "rules/rulesjson.h"

#include <QFile>
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

QTEST_GUILESS_MAIN(tst_RulesJson)
#include "tst_rulesjson.moc"
