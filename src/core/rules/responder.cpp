// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/responder.h"

#include "rules/guardedregex.h"
#include "rules/hexpattern.h"
#include "rules/replytemplate.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

struct CompiledRule
{
    bool enabled = false;
    ResponseRule::Match match = ResponseRule::Match::Exact;
    ResponseRule::Action action = ResponseRule::Action::Reply;
    int delayMs = 0;
    QByteArray bytes; // Exact, Prefix, Suffix, Contains
    std::optional<GuardedRegex> regex; // Regex
    std::optional<HexPattern> hex; // HexPattern
    std::optional<ReplyTemplate> reply;
    // describeRule()'s text, made once: the log names the rule on every reply.
    QString label;
};

QString matchLabel(ResponseRule::Match match)
{
    switch (match) {
    case ResponseRule::Match::Exact:
        return Responder::tr("exact");
    case ResponseRule::Match::Prefix:
        return Responder::tr("prefix");
    case ResponseRule::Match::Suffix:
        return Responder::tr("suffix");
    case ResponseRule::Match::Contains:
        return Responder::tr("contains");
    case ResponseRule::Match::Regex:
        return Responder::tr("regex");
    case ResponseRule::Match::HexPattern:
        return Responder::tr("hex");
    }
    return QString();
}

QString defaultLabel(ResponseRules::Default action)
{
    switch (action) {
    case ResponseRules::Default::None:
        return Responder::tr("no reply");
    case ResponseRules::Default::Echo:
        return Responder::tr("echo");
    case ResponseRules::Default::Reply:
        return Responder::tr("default reply");
    }
    return QString();
}

} // namespace

struct Responder::Private
{
    QList<CompiledRule> rules;
    ResponseRules::Default defaultAction = ResponseRules::Default::None;
    std::optional<ReplyTemplate> defaultReply;
    QString defaultLabel; // describeRule(-1)
    // One counter per rule, then the default's: read by the window while a session decides.
    std::unique_ptr<std::atomic<quint64>[]> counts;
};

Responder::Responder()
    : d(std::make_unique<Private>())
{
}

Responder::~Responder() = default;

std::shared_ptr<Responder> Responder::compile(const ResponseRules &rules,
                                              const MessageLookup &lookup, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return nullptr;
    };
    if (rules.rules.size() > ResponseRules::MaxRules)
        return fail(tr("There are %1 rules; at most %2 are allowed.")
                        .arg(rules.rules.size())
                        .arg(ResponseRules::MaxRules));

    std::shared_ptr<Responder> responder(new Responder);
    Private &p = *responder->d;
    p.rules.reserve(rules.rules.size());
    for (qsizetype i = 0; i < rules.rules.size(); ++i) {
        const ResponseRule &rule = rules.rules.at(i);
        const qsizetype number = i + 1;
        CompiledRule compiled;
        compiled.enabled = rule.enabled;
        compiled.match = rule.match;
        compiled.action = rule.action;
        compiled.delayMs = rule.delayMs;
        QString pattern = rule.pattern;
        if (pattern.size() > 40)
            pattern = pattern.left(39) + u'…';
        compiled.label
                = tr("rule %1 (%2 \"%3\")").arg(number).arg(matchLabel(rule.match), pattern);
        // A disabled rule never matches: a broken one does not keep the server from starting.
        if (!rule.enabled) {
            p.rules.append(compiled);
            continue;
        }
        if (rule.delayMs < 0 || rule.delayMs > ResponseRule::MaxDelayMs)
            return fail(tr("Rule %1: the delay must be from 0 to %2 ms.")
                            .arg(number)
                            .arg(ResponseRule::MaxDelayMs));
        QString cause;
        switch (rule.match) {
        case ResponseRule::Match::Exact:
        case ResponseRule::Match::Prefix:
        case ResponseRule::Match::Suffix:
        case ResponseRule::Match::Contains: {
            const PayloadCodec::Result parsed = PayloadCodec::parseEscapedText(rule.pattern);
            if (!parsed.isOk())
                return fail(tr("Rule %1: the pattern at character %2: %3")
                                .arg(number)
                                .arg(parsed.errorPosition)
                                .arg(parsed.error));
            compiled.bytes = parsed.bytes;
            break;
        }
        case ResponseRule::Match::Regex:
            compiled.regex = GuardedRegex::compile(rule.pattern, &cause);
            if (!compiled.regex)
                return fail(tr("Rule %1: %2").arg(number).arg(cause));
            break;
        case ResponseRule::Match::HexPattern:
            compiled.hex = HexPattern::parse(rule.pattern, &cause);
            if (!compiled.hex)
                return fail(tr("Rule %1: %2").arg(number).arg(cause));
            break;
        }
        if (rule.action == ResponseRule::Action::Reply) {
            if (!rule.replyMessageId.isEmpty()) {
                const std::optional<Message> message
                    = lookup ? lookup(rule.replyMessageId) : std::nullopt;
                if (!message)
                    return fail(
                        tr("Rule %1: the library message it replies with (id %2) does "
                           "not exist.")
                            .arg(number)
                            .arg(PayloadCodec::toDisplayText(rule.replyMessageId.toUtf8(),
                                                             PayloadCodec::Encoding::Utf8, 40)));
                compiled.reply = ReplyTemplate::compile(*message, &cause);
            } else {
                compiled.reply
                    = ReplyTemplate::compile(rule.reply, rule.replyFormat, rule.macros, &cause);
            }
            if (!compiled.reply)
                return fail(tr("Rule %1: %2").arg(number).arg(cause));
        }
        p.rules.append(compiled);
    }

    p.defaultAction = rules.defaultAction;
    p.defaultLabel = tr("no rule matched: %1").arg(defaultLabel(rules.defaultAction));
    if (rules.defaultAction == ResponseRules::Default::Reply) {
        QString cause;
        p.defaultReply = ReplyTemplate::compile(rules.defaultReply, rules.defaultReplyFormat,
                                                rules.defaultMacros, &cause);
        if (!p.defaultReply)
            return fail(tr("The default reply: %1").arg(cause));
    }
    p.counts = std::make_unique<std::atomic<quint64>[]>(size_t(p.rules.size() + 1));
    return responder;
}

Responder::Decision Responder::decide(const QByteArray &message) const
{
    Decision decision;
    // Decoded once, and only when a regex rule looks at the message.
    std::optional<QString> text;
    // Made only for a regex rule: even an empty QRegularExpressionMatch allocates.
    std::optional<QRegularExpressionMatch> regexMatch;
    for (qsizetype i = 0; i < d->rules.size(); ++i) {
        const CompiledRule &rule = d->rules.at(i);
        if (!rule.enabled)
            continue;
        bool matched = false;
        switch (rule.match) {
        case ResponseRule::Match::Exact:
            matched = message == rule.bytes;
            break;
        case ResponseRule::Match::Prefix:
            matched = message.startsWith(rule.bytes);
            break;
        case ResponseRule::Match::Suffix:
            matched = message.endsWith(rule.bytes);
            break;
        case ResponseRule::Match::Contains:
            matched = message.contains(rule.bytes);
            break;
        case ResponseRule::Match::HexPattern:
            matched = rule.hex->matches(message);
            break;
        case ResponseRule::Match::Regex: {
            if (message.size() > MaxRegexInputBytes) {
                if (decision.guardNote.isEmpty())
                    decision.guardNote
                        = tr("The message is %1 bytes, over the %2 bytes a regular expression "
                             "looks at, so regex rules were skipped.")
                              .arg(message.size())
                              .arg(MaxRegexInputBytes);
                break;
            }
            if (!rule.regex->mayMatch(message))
                break;
            if (!text)
                text = QString::fromUtf8(message);
            if (!regexMatch)
                regexMatch.emplace();
            const GuardedRegex::Outcome outcome = rule.regex->match(*text, &*regexMatch);
            matched = outcome == GuardedRegex::Outcome::Match;
            if (outcome == GuardedRegex::Outcome::LimitHit && decision.guardNote.isEmpty())
                decision.guardNote
                    = tr("Rule %1's regular expression gave up after %2 steps of backtracking "
                         "(a guard against patterns that take exponential time), so it counted "
                         "as no match.")
                          .arg(i + 1)
                          .arg(GuardedRegex::MatchLimit);
            if (outcome == GuardedRegex::Outcome::TimeUp && decision.guardNote.isEmpty())
                decision.guardNote
                    = tr("Rule %1's regular expression was stopped after %2 ms on this message "
                         "(a guard against patterns that take too long), so it counted as no "
                         "match.")
                          .arg(i + 1)
                          .arg(GuardedRegex::TimeBudgetMs);
            break;
        }
        }
        if (!matched)
            continue;

        const quint64 fired = d->counts[size_t(i)].fetch_add(1, std::memory_order_relaxed);
        decision.ruleIndex = int(i);
        decision.delayMs = rule.delayMs;
        switch (rule.action) {
        case ResponseRule::Action::Reply: {
            decision.kind = Decision::Kind::Reply;
            MacroTemplate::Captures captures;
            if (rule.reply->usesGroups()) {
                if (rule.match == ResponseRule::Match::Regex) {
                    const int last = regexMatch->lastCapturedIndex();
                    captures.groups.reserve(last + 1);
                    for (int g = 0; g <= last; ++g)
                        captures.groups.append(regexMatch->captured(g).toUtf8());
                    captures.names = rule.regex->namedGroups();
                } else {
                    captures.groups.append(message);
                }
            }
            decision.reply = rule.reply->render(fired, captures);
            break;
        }
        case ResponseRule::Action::Close:
            decision.kind = Decision::Kind::Close;
            break;
        case ResponseRule::Action::Reset:
            decision.kind = Decision::Kind::Reset;
            break;
        case ResponseRule::Action::Drop:
            decision.kind = Decision::Kind::Drop;
            break;
        }
        return decision;
    }

    const quint64 fired
        = d->counts[size_t(d->rules.size())].fetch_add(1, std::memory_order_relaxed);
    switch (d->defaultAction) {
    case ResponseRules::Default::None:
        decision.kind = Decision::Kind::Nothing;
        break;
    case ResponseRules::Default::Echo:
        decision.kind = Decision::Kind::Reply;
        decision.reply = message;
        break;
    case ResponseRules::Default::Reply: {
        decision.kind = Decision::Kind::Reply;
        MacroTemplate::Captures captures;
        if (d->defaultReply->usesGroups())
            captures.groups.append(message);
        decision.reply = d->defaultReply->render(fired, captures);
        break;
    }
    }
    return decision;
}

int Responder::ruleCount() const
{
    return int(d->rules.size());
}

QList<quint64> Responder::fireCounts() const
{
    QList<quint64> counts;
    counts.reserve(d->rules.size());
    for (qsizetype i = 0; i < d->rules.size(); ++i)
        counts.append(d->counts[size_t(i)].load(std::memory_order_relaxed));
    return counts;
}

quint64 Responder::defaultCount() const
{
    return d->counts[size_t(d->rules.size())].load(std::memory_order_relaxed);
}

QString Responder::describeRule(int ruleIndex) const
{
    if (ruleIndex < 0 || ruleIndex >= d->rules.size())
        return d->defaultLabel;
    return d->rules.at(ruleIndex).label;
}
