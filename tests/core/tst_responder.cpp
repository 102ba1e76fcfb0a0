// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/responder.h"

#include "payload/checksum.h"
#include "rules/guardedregex.h"

#include <QRegularExpression>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Kind = Responder::Decision::Kind;
using Match = ResponseRule::Match;
using Action = ResponseRule::Action;

ResponseRule rule(Match match, const QString &pattern, const QString &reply = {},
                  Action action = Action::Reply)
{
    ResponseRule r;
    r.match = match;
    r.pattern = pattern;
    r.reply = reply;
    r.action = action;
    return r;
}

ResponseRules rulesOf(const QList<ResponseRule> &list,
                      ResponseRules::Default defaultAction = ResponseRules::Default::None)
{
    ResponseRules rules;
    rules.rules = list;
    rules.defaultAction = defaultAction;
    return rules;
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

// The classic catastrophic pattern and the message that makes it backtrack 2^36 ways.
const QString Catastrophic = u"^(a+)+$"_s;
const QByteArray Hostile = QByteArray(36, 'a') + '!';

} // namespace

class tst_Responder : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void matchKinds_data();
    void matchKinds();
    void hexPatterns_data();
    void hexPatterns();
    void regexLiteralPrefix_data();
    void regexLiteralPrefix();
    void regexPrefilterAgreesWithPcre();
    void regexAcrossBlocks_data();
    void regexAcrossBlocks();
    void regexGroupsInReply();
    void groupZeroForEveryKind();
    void firstMatchWinsAndDisabledSkipped();
    void dropStopsTheSearch();
    void actionsPassDelay();
    void defaults();
    void counterPerRule();
    void libraryMessageReply();
    void replyFormats();
    void compileErrors_data();
    void compileErrors();
    void disabledBrokenRuleDoesNotBlock();
    void catastrophicRegexIsGuarded();
    void catastrophicRegexCannotLiftItsLimit();
    void regexInputOverBound();
    void countersFromManyThreads();
    void describeRule();
};

void tst_Responder::init()
{
    // A guard that fires per message must not print: a hostile peer would flood stderr.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_Responder::matchKinds_data()
{
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << int(Match::Exact) << u"PING"_s << QByteArray("PING") << true;
    QTest::newRow("exact longer") << int(Match::Exact) << u"PING"_s << QByteArray("PING!") << false;
    QTest::newRow("exact empty") << int(Match::Exact) << QString() << QByteArray() << true;
    QTest::newRow("exact escapes") << int(Match::Exact) << u"A\\r\\n\\0\\xff\\t\\\\"_s
                                   << QByteArray("A\r\n\0\xff\t\\", 7) << true;
    QTest::newRow("prefix") << int(Match::Prefix) << u"GET "_s << QByteArray("GET /x") << true;
    QTest::newRow("prefix no") << int(Match::Prefix) << u"GET "_s << QByteArray("PUT /x") << false;
    QTest::newRow("prefix longer than message")
        << int(Match::Prefix) << u"GET "_s << QByteArray("GE") << false;
    QTest::newRow("suffix") << int(Match::Suffix) << u"\\r\\n"_s << QByteArray("hi\r\n") << true;
    QTest::newRow("suffix no") << int(Match::Suffix) << u"\\r\\n"_s << QByteArray("hi\n") << false;
    QTest::newRow("contains") << int(Match::Contains) << u"\\x02"_s << QByteArray("a\x02z") << true;
    QTest::newRow("contains no") << int(Match::Contains) << u"zz"_s << QByteArray("a z") << false;
    QTest::newRow("contains utf-8")
        << int(Match::Contains) << u"é"_s << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("regex search") << int(Match::Regex) << u"T=\\d+"_s << QByteArray("x T=42 y")
                                  << true;
    QTest::newRow("regex anchored") << int(Match::Regex) << u"^T"_s << QByteArray("xT") << false;
    QTest::newRow("regex utf-8") << int(Match::Regex) << u"^こ.$"_s << u"こん"_s.toUtf8() << true;
    QTest::newRow("regex invalid utf-8 around")
        << int(Match::Regex) << u"abc"_s << QByteArray("\xff\xfe abc \xc3") << true;
    QTest::newRow("regex empty matches all")
        << int(Match::Regex) << QString() << QByteArray("x") << true;
    QTest::newRow("regex open \\Q quote")
        << int(Match::Regex) << u"\\Qa+b"_s << QByteArray("xa+b") << true;
    QTest::newRow("regex open \\Q quote literal")
        << int(Match::Regex) << u"\\Qa+b"_s << QByteArray("aab") << false;
    QTest::newRow("regex x-mode comment at the end")
        << int(Match::Regex) << u"(?x) a b # spaces ignored"_s << QByteArray("zab") << true;
    QTest::newRow("regex alternation stays inside")
        << int(Match::Regex) << u"^a|^b"_s << QByteArray("xb") << false;
    QTest::newRow("regex start setting")
        << int(Match::Regex) << u"(*CRLF)(?m)^b$"_s << QByteArray("a\r\nb\r\n") << true;
    QTest::newRow("hex") << int(Match::HexPattern) << u"02 ?? 10 *"_s
                         << QByteArray("\x02\x7f\x10zz") << true;
    QTest::newRow("hex no") << int(Match::HexPattern) << u"02 ?? 10 *"_s
                            << QByteArray("\x02\x7f\x11zz") << false;
}

void tst_Responder::matchKinds()
{
    QFETCH(int, match);
    QFETCH(QString, pattern);
    QFETCH(QByteArray, message);
    QFETCH(bool, matches);
    const auto responder = compiled(rulesOf({rule(Match(match), pattern, u"hit"_s)}));
    QVERIFY(responder);
    const Responder::Decision decision = responder->decide(message);
    QCOMPARE(decision.kind, matches ? Kind::Reply : Kind::Nothing);
    QCOMPARE(decision.ruleIndex, matches ? 0 : -1);
    QCOMPARE(decision.reply, matches ? QByteArray("hit") : QByteArray());
    QCOMPARE(decision.delayMs, 0);
    QVERIFY(decision.guardNote.isEmpty());
}

void tst_Responder::hexPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("matches");
    QTest::newRow("bytes") << u"02 10"_s << QByteArray("\x02\x10") << true;
    QTest::newRow("bytes, no spaces, upper case") << u"0A0b"_s << QByteArray("\x0a\x0b") << true;
    QTest::newRow("bytes, whole message") << u"02 10"_s << QByteArray("\x02\x10\x00", 3) << false;
    QTest::newRow("bytes, short message") << u"02 10"_s << QByteArray("\x02") << false;
    QTest::newRow("?? any byte") << u"02 ?? 03"_s << QByteArray("\x02\x00\x03", 3) << true;
    QTest::newRow("?? is one byte") << u"02 ?? 03"_s << QByteArray("\x02\x03") << false;
    QTest::newRow("?? matches ff") << u"??"_s << QByteArray("\xff") << true;
    QTest::newRow("* alone, anything") << u"*"_s << QByteArray("whatever") << true;
    QTest::newRow("* alone, empty") << u"*"_s << QByteArray() << true;
    QTest::newRow("* empty run") << u"02 * 03"_s << QByteArray("\x02\x03") << true;
    QTest::newRow("* long run") << u"02 * 03"_s << QByteArray("\x02xxxx\x03") << true;
    QTest::newRow("* needs the end") << u"02 * 03"_s << QByteArray("\x02xx\x03x") << false;
    QTest::newRow("trailing *") << u"02 ?? 10 *"_s << QByteArray("\x02\x00\x10", 3) << true;
    QTest::newRow("leading *") << u"* 0d 0a"_s << QByteArray("hello\r\n") << true;
    QTest::newRow("leading * no") << u"* 0d 0a"_s << QByteArray("hello\n") << false;
    QTest::newRow("contains") << u"* 41 42 *"_s << QByteArray("xxABxx") << true;
    QTest::newRow("two stars in a row") << u"41 ** 42"_s << QByteArray("A-B") << true;
    QTest::newRow("pieces in order") << u"* 41 * 42 *"_s << QByteArray("BA") << false;
    QTest::newRow("pieces in order yes") << u"* 41 * 42 *"_s << QByteArray("xBAxB") << true;
    QTest::newRow("head and tail do not overlap") << u"41 * 41"_s << QByteArray("A") << false;
    QTest::newRow("head and tail") << u"41 * 41"_s << QByteArray("AA") << true;
    QTest::newRow("wildcard in a middle piece")
        << u"01 * 0a ?? 0b * 02"_s << QByteArray("\x01\x0a\x0a\x0a\x0b\x02") << true;
    QTest::newRow("wildcard in a middle piece, later place")
        << u"01 * 0a ?? 0b * 02"_s << QByteArray("\x01\x0a\x0c\x0a\x00\x0b\x02", 7) << true;
    QTest::newRow("wildcard first in a piece") << u"* ?? 41 *"_s << QByteArray("A") << false;
    QTest::newRow("wildcard first in a piece, yes") << u"* ?? 41 *"_s << QByteArray("xA") << true;
    // A piece longer than the 64 bytes the Shift-And search tracks: the rest is verified where
    // the first 64 match, after a near miss that differs only in byte 70.
    const QString longPiece
        = u"* "_s + u"41 "_s.repeated(34) + u"?? "_s + u"42 "_s.repeated(35) + u"*"_s;
    const QByteArray hit = QByteArray(34, 'A') + 'x' + QByteArray(35, 'B');
    QByteArray nearMiss = hit;
    nearMiss[69] = 'C';
    QTest::newRow("long wildcard piece") << longPiece << "--" + nearMiss + hit + "--" << true;
    QTest::newRow("long wildcard piece, near miss only")
        << longPiece << "--" + nearMiss + "--" << false;
}

void tst_Responder::hexPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, message);
    QFETCH(bool, matches);
    const auto responder = compiled(rulesOf({rule(Match::HexPattern, pattern, u"hit"_s)}));
    QVERIFY(responder);
    QCOMPARE(responder->decide(message).ruleIndex, matches ? 0 : -1);
}

void tst_Responder::regexLiteralPrefix_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("anchored literal") << u"^POST /(\\w+) (\\d+)$"_s << QByteArray("POST /");
    QTest::newRow("not anchored") << u"POST /"_s << QByteArray();
    QTest::newRow("alternation anywhere") << u"^GET (a|b)"_s << QByteArray();
    QTest::newRow("top-level alternation") << u"^GET|POST"_s << QByteArray();
    QTest::newRow("quantified last letter") << u"^ab?c"_s << QByteArray("a");
    QTest::newRow("counted last letter") << u"^ab{2}"_s << QByteArray("a");
    QTest::newRow("star") << u"^a*"_s << QByteArray();
    QTest::newRow("escape stops") << u"^a\\.b"_s << QByteArray("a");
    QTest::newRow("class stops") << u"^x[yz]"_s << QByteArray("x");
    QTest::newRow("dot stops") << u"^x.y"_s << QByteArray("x");
    QTest::newRow("inline option") << u"^(?i)get"_s << QByteArray();
    QTest::newRow("start setting") << u"(*UTF)^GET"_s << QByteArray();
    QTest::newRow("non-ASCII stops") << u"^caf\u00e9"_s << QByteArray("caf");
    QTest::newRow("space kept") << u"^GET /status"_s << QByteArray("GET /status");
}

void tst_Responder::regexLiteralPrefix()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, prefix);
    QString error;
    const std::optional<GuardedRegex> regex = GuardedRegex::compile(pattern, &error);
    QVERIFY2(regex, qPrintable(error));
    QCOMPARE(regex->requiredPrefix(), prefix);
}

void tst_Responder::regexPrefilterAgreesWithPcre()
{
    // Every pattern against every subject: whenever the prefilter refuses, PCRE2 (unguarded,
    // the pattern as written) finds no match either, and decide() answers as PCRE2 does.
    const QStringList patterns = {u"^POST /(\\w+)"_s, u"^ab?c"_s,        u"^a\\.b"_s,
                                  u"^x[yz]"_s,        u"^GET /status"_s, u"^ab{2}"_s,
                                  u"^caf\u00e9"_s,    u"^ *x"_s};
    const QList<QByteArray> subjects
        = {"",    "POST /x", "POST x", "post /x", "ac",  "abc", "abbc",  "a.b",
           "axb", "xy",      "xz",     "x",       "abb", "ab",  "  x",   "GET /status 1",
           "GET /statu",     "caf\xc3\xa9",       "caf\xe9",    "\xffPOST /x"};
    for (const QString &pattern : patterns) {
        const std::optional<GuardedRegex> regex = GuardedRegex::compile(pattern, nullptr);
        QVERIFY(regex);
        const QRegularExpression plain(pattern);
        const auto responder = compiled(rulesOf({rule(Match::Regex, pattern, u"hit"_s)}));
        for (const QByteArray &subject : subjects) {
            const bool pcre = plain.match(QString::fromUtf8(subject)).hasMatch();
            const QString what = pattern + u" on "_s + QString::fromUtf8(subject);
            if (!regex->mayMatch(subject))
                QVERIFY2(!pcre, qPrintable(what));
            QVERIFY2((responder->decide(subject).kind == Kind::Reply) == pcre, qPrintable(what));
        }
    }
}

void tst_Responder::regexAcrossBlocks_data()
{
    // The regex search runs in blocks of GuardedRegex::BlockPositions start positions: a match
    // anywhere, and the assertions around it, must not notice.
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("group0");
    const QByteArray filler(3000, 'x');
    QTest::newRow("far into the message")
        << u"TOKEN=(\\d+)"_s << filler + "TOKEN=5;" << QByteArray("TOKEN=5");
    QTest::newRow("on a block boundary")
        << u"ab"_s << QByteArray(1023, 'x') + "ab" << QByteArray("ab");
    QTest::newRow("lookbehind across a boundary")
        << u"(?<=a)b"_s << QByteArray(1023, 'x') + "ab" << QByteArray("b");
    QTest::newRow("^ only at the start") << u"^x"_s << "y" + filler << QByteArray();
    QTest::newRow("$ at the very end") << u"x$"_s << filler << QByteArray("x");
    QTest::newRow("empty match at the end")
        << u"(?<=x)$"_s << QByteArray(2048, 'x') << QByteArray("");
    QTest::newRow("leftmost match")
        << u"b+"_s << QByteArray(1500, 'a') + "bb" + "a" + "bbbb" << QByteArray("bb");
    QByteArray smileys;
    for (int i = 0; i < 1500; ++i)
        smileys += "\xf0\x9f\x98\x80"; // U+1F600: a surrogate pair in UTF-16
    QTest::newRow("surrogate pairs") << u"\\x{1F600}END$"_s << smileys + "END"
                                     << QByteArray("\xf0\x9f\x98\x80"
                                                   "END");
}

void tst_Responder::regexAcrossBlocks()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, group0);
    const auto responder = compiled(rulesOf({rule(Match::Regex, pattern, u"[{{group:0}}]"_s)}));
    QVERIFY(responder);
    const Responder::Decision decision = responder->decide(message);
    QVERIFY2(decision.guardNote.isEmpty(), qPrintable(decision.guardNote));
    if (group0.isNull()) {
        QCOMPARE(decision.ruleIndex, -1);
    } else {
        QCOMPARE(decision.ruleIndex, 0);
        QCOMPARE(decision.reply, '[' + group0 + ']');
    }
}

void tst_Responder::regexGroupsInReply()
{
    const auto responder = compiled(rulesOf({rule(
        Match::Regex, u"GET (?<path>\\S+) (\\d)?"_s,
        u"path={{group:path}} n={{group:2}} all={{group:0}} none={{group:9}} #{{counter}}"_s)}));
    QVERIFY(responder);
    QCOMPARE(responder->decide("> GET /a 7 <").reply,
             QByteArray("path=/a n=7 all=GET /a 7 none= #0"));
    // Group 2 did not take part: it renders as nothing.
    QCOMPARE(responder->decide("GET /b x").reply, QByteArray("path=/b n= all=GET /b  none= #1"));
    // Groups are decoded text, sent as UTF-8 again.
    QCOMPARE(responder->decide("GET /é 1").reply,
             QByteArray("path=/\xc3\xa9 n=1 all=GET /\xc3\xa9 1 none= #2"));

    // Without macros the placeholders are plain text.
    ResponseRule literal = rule(Match::Regex, u"(x)"_s, u"{{group:1}}"_s);
    literal.macros = false;
    QCOMPARE(compiled(rulesOf({literal}))->decide("x").reply, QByteArray("{{group:1}}"));
}

void tst_Responder::groupZeroForEveryKind()
{
    const auto responder = compiled(rulesOf({rule(Match::Prefix, u"A"_s, u"<{{group:0}}>"_s),
                                             rule(Match::HexPattern, u"42 *"_s, u"{{group:0}}!"_s),
                                             rule(Match::Contains, u"C"_s, u"{{group:1}}|"_s)}));
    QVERIFY(responder);
    QCOMPARE(responder->decide("Abc").reply, QByteArray("<Abc>"));
    QCOMPARE(responder->decide(QByteArray("B\0c", 3)).reply, QByteArray("B\0c!", 4));
    // A non-regex match has no group 1.
    QCOMPARE(responder->decide("xCx").reply, QByteArray("|"));
}

void tst_Responder::firstMatchWinsAndDisabledSkipped()
{
    ResponseRules rules = rulesOf(
        {rule(Match::Prefix, u"A"_s, u"one"_s), rule(Match::Prefix, u"AB"_s, u"two"_s),
         rule(Match::Contains, u"B"_s, u"three"_s), rule(Match::Contains, u""_s, u"four"_s)});
    rules.rules[0].enabled = false;
    const auto responder = compiled(rules);
    QVERIFY(responder);
    QCOMPARE(responder->ruleCount(), 4);
    Responder::Decision decision = responder->decide("ABC");
    QCOMPARE(decision.reply, QByteArray("two"));
    QCOMPARE(decision.ruleIndex, 1);
    QCOMPARE(responder->decide("xB").reply, QByteArray("three"));
    QCOMPARE(responder->decide("A").reply, QByteArray("four"));
    QCOMPARE(responder->fireCounts(), (QList<quint64> {0, 1, 1, 1}));
    QCOMPARE(responder->defaultCount(), quint64(0));
}

void tst_Responder::dropStopsTheSearch()
{
    const auto responder = compiled(rulesOf(
        {rule(Match::Prefix, u"noise"_s, {}, Action::Drop), rule(Match::Contains, u"o"_s, u"o!"_s)},
        ResponseRules::Default::Echo));
    QVERIFY(responder);
    const Responder::Decision decision = responder->decide("noise, more");
    QCOMPARE(decision.kind, Kind::Drop);
    QCOMPARE(decision.ruleIndex, 0);
    QVERIFY(decision.reply.isEmpty());
    QCOMPARE(responder->decide("boo").reply, QByteArray("o!"));
    QCOMPARE(responder->fireCounts(), (QList<quint64> {1, 1}));
    QCOMPARE(responder->defaultCount(), quint64(0));
}

void tst_Responder::actionsPassDelay()
{
    ResponseRule close = rule(Match::Exact, u"bye"_s, {}, Action::Close);
    close.delayMs = 500;
    ResponseRule reset = rule(Match::Exact, u"rst"_s, {}, Action::Reset);
    ResponseRule later = rule(Match::Exact, u"slow"_s, u"done"_s);
    later.delayMs = ResponseRule::MaxDelayMs;
    const auto responder = compiled(rulesOf({close, reset, later}));
    QVERIFY(responder);
    Responder::Decision decision = responder->decide("bye");
    QCOMPARE(decision.kind, Kind::Close);
    QCOMPARE(decision.delayMs, 500);
    QCOMPARE(decision.ruleIndex, 0);
    decision = responder->decide("rst");
    QCOMPARE(decision.kind, Kind::Reset);
    QCOMPARE(decision.delayMs, 0);
    decision = responder->decide("slow");
    QCOMPARE(decision.kind, Kind::Reply);
    QCOMPARE(decision.reply, QByteArray("done"));
    QCOMPARE(decision.delayMs, ResponseRule::MaxDelayMs);
}

void tst_Responder::defaults()
{
    ResponseRules rules = rulesOf({rule(Match::Exact, u"x"_s, u"X"_s)});
    rules.defaultAction = ResponseRules::Default::None;
    auto responder = compiled(rules);
    Responder::Decision decision = responder->decide("y");
    QCOMPARE(decision.kind, Kind::Nothing);
    QCOMPARE(decision.ruleIndex, -1);
    QCOMPARE(responder->defaultCount(), quint64(1)); // "none" applied counts too

    rules.defaultAction = ResponseRules::Default::Echo;
    responder = compiled(rules);
    decision = responder->decide(QByteArray("y\0z", 3));
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

    rules.defaultReply = u"ff {{counter}}"_s;
    rules.defaultReplyFormat = PayloadCodec::Format::Hex;
    QCOMPARE(compiled(rules)->decide("q").reply,
             QByteArray("\xff"
                        "0"));
    rules.defaultMacros = false;
    rules.defaultReply = u"{{counter}}"_s;
    rules.defaultReplyFormat = PayloadCodec::Format::Text;
    QCOMPARE(compiled(rules)->decide("q").reply, QByteArray("{{counter}}"));
}

void tst_Responder::counterPerRule()
{
    // {{counter}} in a reply is how often that rule fired before: each rule counts its own.
    const auto responder
        = compiled(rulesOf({rule(Match::Prefix, u"a"_s, u"a{{counter}}"_s),
                            rule(Match::Prefix, u"b"_s, u"b{{counter:start=10,step=5}}"_s)}));
    QVERIFY(responder);
    QByteArrayList replies;
    for (const char *message : {"a", "b", "a", "a", "b"})
        replies << responder->decide(message).reply;
    QCOMPARE(replies, (QByteArrayList {"a0", "b10", "a1", "a2", "b15"}));
    QCOMPARE(responder->fireCounts(), (QList<quint64> {3, 2}));
}

void tst_Responder::libraryMessageReply()
{
    Message ack;
    ack.id = u"ack-id"_s;
    ack.name = u"ACK"_s;
    ack.payload = "ACK {{group:1}} #{{counter}}";
    ack.macros = true;
    ack.lineEnding = Message::LineEnding::CrLf;
    ack.checksum = Checksum::Algorithm::Crc16Modbus;
    ack.checksumOrder = Checksum::ByteOrder::LittleEndian;
    Message fixed;
    fixed.id = u"fixed-id"_s;
    fixed.payload = "OK {{group:1}}";
    fixed.macros = false;
    fixed.lineEnding = Message::LineEnding::Lf;
    int lookups = 0;
    const Responder::MessageLookup lookup = [&](const QString &id) -> std::optional<Message> {
        ++lookups;
        if (id == ack.id)
            return ack;
        if (id == fixed.id)
            return fixed;
        return std::nullopt;
    };
    ResponseRule withAck = rule(Match::Regex, u"^SET (\\w+)"_s, u"ignored"_s);
    withAck.replyMessageId = ack.id;
    ResponseRule withFixed = rule(Match::Exact, u"Q"_s);
    withFixed.replyMessageId = fixed.id;
    const auto responder = compiled(rulesOf({withAck, withFixed}), lookup);
    QVERIFY(responder);
    QCOMPARE(lookups, 2); // resolved once, at compile time

    const auto expected = [&](const QByteArray &body) {
        return Checksum::append(ack.checksum, body + "\r\n", ack.checksumOrder);
    };
    QCOMPARE(responder->decide("SET speed=3").reply, expected("ACK speed #0"));
    QCOMPARE(responder->decide("SET x").reply, expected("ACK x #1"));
    QCOMPARE(responder->decide("Q").reply, QByteArray("OK {{group:1}}\n"));
    QCOMPARE(lookups, 2);
}

void tst_Responder::replyFormats()
{
    ResponseRule hex = rule(Match::Exact, u"h"_s, u"06 {{counter:width=2}} 0d"_s);
    hex.replyFormat = PayloadCodec::Format::Hex;
    ResponseRule hexPlain = rule(Match::Exact, u"p"_s, u"de ad be ef"_s);
    hexPlain.replyFormat = PayloadCodec::Format::Hex;
    hexPlain.macros = false;
    ResponseRule escapes = rule(Match::Exact, u"e"_s, u"a\\tb\\x00{{{{counter}}\\r\\n"_s);
    const auto responder = compiled(rulesOf({hex, hexPlain, escapes}));
    QVERIFY(responder);
    QCOMPARE(responder->decide("h").reply,
             QByteArray("\x06"
                        "00\x0d"));
    QCOMPARE(responder->decide("p").reply, QByteArray("\xde\xad\xbe\xef"));
    QCOMPARE(responder->decide("e").reply, QByteArray("a\tb\0{{counter}}\r\n", 17));
}

void tst_Responder::compileErrors_data()
{
    QTest::addColumn<ResponseRules>("rules");
    QTest::addColumn<QStringList>("mentions");
    const ResponseRule fine = rule(Match::Exact, u"ok"_s, u"ok"_s);

    QTest::newRow("bad escape") << rulesOf({fine, rule(Match::Prefix, u"ab\\q"_s)})
                                << QStringList {u"Rule 2"_s, u"2"_s};
    QTest::newRow("short \\x") << rulesOf({rule(Match::Contains, u"\\x4"_s)})
                               << QStringList {u"Rule 1"_s};
    QTest::newRow("bad regex, offset") << rulesOf({fine, fine, rule(Match::Regex, u"abc(def"_s)})
                                       << QStringList {u"Rule 3"_s, u"7"_s};
    QTest::newRow("bad regex quantifier")
        << rulesOf({rule(Match::Regex, u"a{2,1}"_s)}) << QStringList {u"Rule 1"_s};
    QTest::newRow("bad hex digit") << rulesOf({rule(Match::HexPattern, u"02 zz"_s)})
                                   << QStringList {u"Rule 1"_s, u"\"z\""_s, u"3"_s};
    QTest::newRow("half a hex byte")
        << rulesOf({rule(Match::HexPattern, u"02 1"_s)}) << QStringList {u"Rule 1"_s, u"half"_s};
    QTest::newRow("single ?") << rulesOf({rule(Match::HexPattern, u"02 ?3"_s)})
                              << QStringList {u"Rule 1"_s, u"\"3\""_s};
    QTest::newRow("empty hex") << rulesOf({rule(Match::HexPattern, u"  "_s)})
                               << QStringList {u"Rule 1"_s, u"empty"_s};

    ResponseRule unknown = rule(Match::Exact, u"x"_s);
    unknown.replyMessageId = u"gone"_s;
    QTest::newRow("unknown message")
        << rulesOf({fine, unknown}) << QStringList {u"Rule 2"_s, u"gone"_s};

    ResponseRules tooMany;
    tooMany.rules = QList<ResponseRule>(ResponseRules::MaxRules + 1, fine);
    QTest::newRow("too many rules") << tooMany
                                    << QStringList {QString::number(ResponseRules::MaxRules + 1),
                                                    QString::number(ResponseRules::MaxRules)};

    ResponseRule negative = fine;
    negative.delayMs = -1;
    QTest::newRow("negative delay") << rulesOf({negative}) << QStringList {u"Rule 1"_s};
    ResponseRule tooLong = fine;
    tooLong.delayMs = ResponseRule::MaxDelayMs + 1;
    QTest::newRow("delay too long")
        << rulesOf({fine, tooLong})
        << QStringList {u"Rule 2"_s, QString::number(ResponseRule::MaxDelayMs)};

    QTest::newRow("bad reply macro") << rulesOf({rule(Match::Exact, u"x"_s, u"n={{nope}}"_s)})
                                     << QStringList {u"Rule 1"_s, u"nope"_s};
    QTest::newRow("bad group number") << rulesOf({rule(Match::Exact, u"x"_s, u"{{group:100}}"_s)})
                                      << QStringList {u"Rule 1"_s, u"99"_s};
    ResponseRule badHexReply = rule(Match::Exact, u"x"_s, u"0g"_s);
    badHexReply.replyFormat = PayloadCodec::Format::Hex;
    QTest::newRow("bad hex reply") << rulesOf({badHexReply}) << QStringList {u"Rule 1"_s};

    ResponseRules badDefault;
    badDefault.defaultAction = ResponseRules::Default::Reply;
    badDefault.defaultReply = u"\\z"_s;
    QTest::newRow("bad default reply") << badDefault << QStringList {u"default"_s};
}

void tst_Responder::compileErrors()
{
    QFETCH(ResponseRules, rules);
    QFETCH(QStringList, mentions);
    QString error;
    QVERIFY(!Responder::compile(rules, {}, &error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(error + u" lacks "_s + mention));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void tst_Responder::disabledBrokenRuleDoesNotBlock()
{
    ResponseRule broken = rule(Match::Regex, u"(("_s);
    broken.enabled = false;
    const auto responder = compiled(rulesOf({broken, rule(Match::Exact, u"x"_s, u"y"_s)}));
    QVERIFY(responder);
    QCOMPARE(responder->decide("x").ruleIndex, 1);
}

void tst_Responder::catastrophicRegexIsGuarded()
{
    // Unguarded, ^(a+)+$ against 36 a's and a "!" backtracks 2^36 ways (PCRE2's default limit
    // of ten million steps stops it after ~60 ms here per start position; GuardedRegex's block
    // search makes the whole message one bounded call). The rule counts as no match, the next
    // rule still gets its turn, and the decision says why.
    const auto responder = compiled(rulesOf({rule(Match::Regex, Catastrophic, u"all a"_s),
                                             rule(Match::Regex, u"(?:a|a){1,14}[bc]"_s),
                                             rule(Match::Suffix, u"!"_s, u"next"_s)}));
    QVERIFY(responder);
    for (int round = 0; round < 3; ++round) {
        const Responder::Decision decision = responder->decide(Hostile);
        QCOMPARE(decision.kind, Kind::Reply);
        QCOMPARE(decision.ruleIndex, 2);
        QCOMPARE(decision.reply, QByteArray("next"));
        QVERIFY2(decision.guardNote.contains(u"Rule 1"_s), qPrintable(decision.guardNote));
        QVERIFY2(decision.guardNote.contains(QString::number(GuardedRegex::MatchLimit))
                     || decision.guardNote.contains(QString::number(GuardedRegex::TimeBudgetMs)),
                 qPrintable(decision.guardNote));
    }
    QCOMPARE(responder->fireCounts(), (QList<quint64> {0, 0, 3}));
    // A harmless message still matches normally.
    QCOMPARE(responder->decide("aaa").reply, QByteArray("all a"));

    // Many start positions that each cost under the limit (~2,000 steps here): PCRE2 counts
    // its limit per start position, so unguarded this is 60,000 positions times that work.
    // The block search bounds each block of positions as a whole.
    const auto wide = compiled(rulesOf({rule(Match::Regex, u"(?:a|a){1,10}[bc]"_s)}));
    const Responder::Decision decision = wide->decide(QByteArray(60'000, 'a'));
    QCOMPARE(decision.ruleIndex, -1);
    QVERIFY2(decision.guardNote.contains(u"Rule 1"_s), qPrintable(decision.guardNote));
}

void tst_Responder::catastrophicRegexCannotLiftItsLimit()
{
    // The pattern's own (*LIMIT_MATCH=...) comes before the guard's, and PCRE2 takes the last.
    const auto responder = compiled(rulesOf(
        {rule(Match::Regex, u"(*LIMIT_MATCH=10000000)(*LIMIT_DEPTH=100000)"_s + Catastrophic)}));
    QVERIFY(responder);
    const Responder::Decision decision = responder->decide(Hostile);
    QCOMPARE(decision.ruleIndex, -1);
    QVERIFY2(decision.guardNote.contains(u"Rule 1"_s), qPrintable(decision.guardNote));
}

void tst_Responder::regexInputOverBound()
{
    const auto responder = compiled(rulesOf(
        {rule(Match::Regex, u"a"_s, u"regex"_s), rule(Match::Prefix, u"a"_s, u"prefix"_s)}));
    QVERIFY(responder);
    const QByteArray big(Responder::MaxRegexInputBytes + 1, 'a');
    Responder::Decision decision = responder->decide(big);
    QCOMPARE(decision.reply, QByteArray("prefix"));
    QVERIFY2(decision.guardNote.contains(QString::number(Responder::MaxRegexInputBytes)),
             qPrintable(decision.guardNote));
    decision = responder->decide(big.left(Responder::MaxRegexInputBytes));
    QCOMPARE(decision.reply, QByteArray("regex"));
    QVERIFY(decision.guardNote.isEmpty());
}

void tst_Responder::countersFromManyThreads()
{
    const auto responder = compiled(rulesOf(
        {rule(Match::Regex, u"^(\\d+)$"_s, u"n={{group:1}}"_s), rule(Match::Prefix, u"x"_s)},
        ResponseRules::Default::Echo));
    QVERIFY(responder);
    constexpr int Threads = 4;
    constexpr int PerThread = 5000;
    std::vector<std::thread> threads;
    std::atomic<int> wrong {0};
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int k = 0; k < PerThread; ++k) {
                const QByteArray number = QByteArray::number(t * PerThread + k);
                if (responder->decide(number).reply != "n=" + number)
                    ++wrong;
                responder->decide("xy");
                responder->decide("zz");
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(responder->fireCounts(), (QList<quint64> {Threads * PerThread, Threads * PerThread}));
    QCOMPARE(responder->defaultCount(), quint64(Threads * PerThread));
}

void tst_Responder::describeRule()
{
    ResponseRules rules = rulesOf(
        {rule(Match::Prefix, u"GET "_s, u"ok"_s), rule(Match::Regex, QString(60, u'x'), u"ok"_s)},
        ResponseRules::Default::Echo);
    const auto responder = compiled(rules);
    QCOMPARE(responder->describeRule(0), u"rule 1 (prefix \"GET \")"_s);
    QVERIFY(responder->describeRule(1).startsWith(u"rule 2 (regex \"xxx"_s));
    QVERIFY(responder->describeRule(1).size() < 70);
    QCOMPARE(responder->describeRule(-1), u"no rule matched: echo"_s);
}

QTEST_GUILESS_MAIN(tst_Responder)
#include "tst_responder.moc"
