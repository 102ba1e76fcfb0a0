// SPDX-License-Identifier: GPL-3.0-or-later
// rules_decide: what one Responder::decide() costs, on the session thread that calls it.
//   1. Hostile regular expressions: the time of one message against the pattern unguarded
//      (a plain QRegularExpression search, what a responder without the guard would run) and
//      through Responder::decide() (GuardedRegex), with the guard's note.
//   2. decide() per second for a 10-rule table (the bench's reply table) on short messages.
// Usage: rules_decide [seconds for part 2, default 1]. Prints one line per figure.
#include "rules/responder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Hostile
{
    const char *name;
    QString pattern;
    QByteArray message;
};

double millisecondsOf(const std::function<void()> &run)
{
    QElapsedTimer clock;
    clock.start();
    run();
    return double(clock.nsecsElapsed()) / 1e6;
}

ResponseRule ruleOf(ResponseRule::Match match, const QString &pattern, const QString &reply)
{
    ResponseRule rule;
    rule.match = match;
    rule.pattern = pattern;
    rule.reply = reply;
    return rule;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 1.0;

    const QList<Hostile> hostiles = {
        {"^(a+)+$ vs 36 a's and !", u"^(a+)+$"_s, QByteArray(36, 'a') + '!'},
        {"(a|aa)+$ vs 64 KiB of a's and !", u"(a|aa)+$"_s, QByteArray(65'535, 'a') + '!'},
        {"(?:a|a){1,10}[bc] vs 64 KiB of a's", u"(?:a|a){1,10}[bc]"_s, QByteArray(65'536, 'a')},
        {"(.*a){20} vs 64 KiB of a's", u"(.*a){20}"_s, QByteArray(65'536, 'a')},
    };
    for (const Hostile &hostile : hostiles) {
        const QRegularExpression plain(hostile.pattern);
        const QString text = QString::fromUtf8(hostile.message);
        bool plainValid = true;
        const double before = millisecondsOf([&] { plainValid = plain.match(text).isValid(); });
        ResponseRules rules;
        rules.rules << ruleOf(ResponseRule::Match::Regex, hostile.pattern, u"x"_s);
        QString error;
        const auto responder = Responder::compile(rules, {}, &error);
        Responder::Decision decision;
        const double after = millisecondsOf([&] { decision = responder->decide(hostile.message); });
        std::printf("hostile regex %s: unguarded %.1f ms (%s), guarded %.2f ms (%s)\n",
                    hostile.name, before, plainValid ? "finished" : "PCRE2 default limit hit",
                    after,
                    decision.guardNote.isEmpty() ? "no guard" : qPrintable(decision.guardNote));
    }

    // The 10-rule table: the message a client sends matches the last rule, so every rule looks.
    ResponseRules table;
    for (int i = 0; i < 3; ++i)
        table.rules << ruleOf(ResponseRule::Match::Exact, u"CMD%1"_s.arg(i), u"ok"_s);
    table.rules << ruleOf(ResponseRule::Match::Prefix, u"GET "_s, u"200"_s)
                << ruleOf(ResponseRule::Match::Suffix, u"\\r\\r"_s, u"cr"_s)
                << ruleOf(ResponseRule::Match::Contains, u"ERR"_s, u"err"_s)
                << ruleOf(ResponseRule::Match::HexPattern, u"02 ?? 03 *"_s, u"stx"_s)
                << ruleOf(ResponseRule::Match::Regex, u"^SET (\\w+)=(\\d+)$"_s,
                          u"set {{group:1}}"_s)
                << ruleOf(ResponseRule::Match::Regex, u"^PING (\\d+)"_s, u"PONG {{group:1}}"_s)
                << ruleOf(ResponseRule::Match::Contains, u"seq="_s, u"ack {{counter}}"_s);
    QString error;
    const auto responder = Responder::compile(table, {}, &error);
    const QByteArray message = "hello seq=12345 from the client\n";
    quint64 decisions = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 1000; ++i)
            responder->decide(message);
        decisions += 1000;
    }
    std::printf("10-rule table, %lld-byte message matching the last rule: %.0f decisions/s\n",
                static_cast<long long>(message.size()),
                double(decisions) / (double(clock.nsecsElapsed()) / 1e9));
    return 0;
}
