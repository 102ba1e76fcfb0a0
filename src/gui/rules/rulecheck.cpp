// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulecheck.h"

#include "payload/macrohex.h"
#include "payload/payloadcodec.h"
#include "rules/guardedregex.h"
#include "rules/hexpattern.h"

QString RuleCheck::patternProblem(const ResponseRule &rule)
{
    switch (rule.match) {
    case ResponseRule::Match::Exact:
    case ResponseRule::Match::Prefix:
    case ResponseRule::Match::Suffix:
    case ResponseRule::Match::Contains: {
        if (rule.pattern.isEmpty())
            return tr("The pattern is empty: type the text to match.");
        const PayloadCodec::Result result = PayloadCodec::parseEscapedText(rule.pattern);
        return result.error;
    }
    case ResponseRule::Match::Regex: {
        if (rule.pattern.isEmpty())
            return tr("The pattern is empty: type a regular expression.");
        QString error;
        return GuardedRegex::compile(rule.pattern, &error) ? QString() : error;
    }
    case ResponseRule::Match::HexPattern:
        return hexPatternProblem(rule.pattern);
    }
    return QString();
}

QString RuleCheck::hexPatternProblem(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return tr("The hex pattern is empty: type bytes such as 02 ?? 10 *.");
    QString error;
    return HexPattern::parse(pattern, &error) ? QString() : error;
}

QString RuleCheck::replyProblem(const ResponseRule &rule)
{
    if (rule.action != ResponseRule::Action::Reply || !rule.replyMessageId.isEmpty())
        return QString();
    if (rule.replyFormat == PayloadCodec::Format::Hex) {
        const PayloadCodec::Result result
            = rule.macros ? MacroHex::parse(rule.reply) : PayloadCodec::parseHex(rule.reply);
        return result.error;
    }
    return PayloadCodec::parseEscapedText(rule.reply).error;
}
