// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes a server's responder rules: a rules document (RulesJson) and the patterns of every
// match kind, compiled (Responder::compile) and asked about a message (decide). The input is
// "<rules>\0<message>"; the rules part is read both as a JSON document and as a bare pattern
// given to one rule of each kind. Promises checked: a document that reads writes back to the
// same rules; an error is one sentence; a decision names a rule that exists, echoes exactly,
// and counts every message once; no pattern and message stall the thread (libFuzzer's timeout
// catches a regular expression that the guard fails to bound).
#include "fuzzcheck.h"
#include "rules/responder.h"
#include "rules/rulesjson.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <numeric>

namespace {

std::optional<Message> lookup(const QString &id)
{
    if (id != QLatin1StringView("m"))
        return std::nullopt;
    Message message;
    message.id = id;
    message.payload = "L{{group:1}}{{counter}}";
    message.macros = true;
    message.lineEnding = Message::LineEnding::CrLf;
    message.checksum = Checksum::Algorithm::Crc16Modbus;
    return message;
}

void checkDecisions(const ResponseRules &rules, const QByteArray &message)
{
    QString error;
    const std::shared_ptr<Responder> responder = Responder::compile(rules, &lookup, &error);
    if (!responder) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(responder->ruleCount() == rules.rules.size());
    constexpr int Rounds = 2;
    for (int round = 0; round < Rounds; ++round) {
        const Responder::Decision decision = responder->decide(message);
        FUZZ_CHECK(decision.ruleIndex >= -1 && decision.ruleIndex < rules.rules.size());
        FUZZ_CHECK(decision.delayMs >= 0 && decision.delayMs <= ResponseRule::MaxDelayMs);
        if (decision.ruleIndex >= 0) {
            const ResponseRule &rule = rules.rules.at(decision.ruleIndex);
            FUZZ_CHECK(rule.enabled);
            FUZZ_CHECK(decision.delayMs == rule.delayMs);
        } else if (rules.defaultAction == ResponseRules::Default::Echo) {
            FUZZ_CHECK(decision.kind == Responder::Decision::Kind::Reply);
            FUZZ_CHECK(decision.reply == message);
        } else if (rules.defaultAction == ResponseRules::Default::None) {
            FUZZ_CHECK(decision.kind == Responder::Decision::Kind::Nothing);
        }
        FUZZ_CHECK(!responder->describeRule(decision.ruleIndex).isEmpty());
    }
    const QList<quint64> counts = responder->fireCounts();
    FUZZ_CHECK(counts.size() == rules.rules.size());
    FUZZ_CHECK(std::accumulate(counts.begin(), counts.end(), responder->defaultCount())
               == quint64(Rounds));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray head = split < 0 ? input : input.first(split);
    const QByteArray message = split < 0 ? QByteArray() : input.sliced(split + 1);

    QString error;
    const std::optional<ResponseRules> read = RulesJson::fromBytes(head, &error);
    if (read) {
        const std::optional<ResponseRules> again
            = RulesJson::fromBytes(RulesJson::toBytes(*read), &error);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(*again == *read);
        checkDecisions(*read, message);
    } else {
        FUZZ_CHECK(!error.isEmpty() && !error.contains(u'\n'));
    }

    // The head as a pattern of every kind, each rule replying with its groups.
    const QString pattern = QString::fromUtf8(head);
    ResponseRules rules;
    using Match = ResponseRule::Match;
    for (Match match : {Match::Exact, Match::Prefix, Match::Suffix, Match::Contains, Match::Regex,
                        Match::HexPattern}) {
        ResponseRule rule;
        rule.match = match;
        rule.pattern = pattern;
        rule.reply = QStringLiteral("{{group:0}}|{{group:1}}|{{group:name}}|{{counter}}");
        rules.rules.append(rule);
        // Compiled alone too: one bad kind must not hide the others.
        ResponseRules single;
        single.rules.append(rule);
        single.defaultAction = ResponseRules::Default::Echo;
        checkDecisions(single, message);
    }
    rules.defaultAction = ResponseRules::Default::Reply;
    rules.defaultReply = QStringLiteral("{{group:0}}");
    checkDecisions(rules, message);
    return 0;
}
