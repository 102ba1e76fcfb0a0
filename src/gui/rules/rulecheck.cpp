#include "rules/rulecheck.h"

#include "payload/macrohex.h"
#include "payload/payloadcodec.h"

#include <QRegularExpression>

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
        const QRegularExpression regex(rule.pattern);
        if (regex.isValid())
            return QString();
        //: %1 is Qt's description of the error, %2 the 1-based character position
        return tr("Not a valid regular expression: %1 at character %2.")
            .arg(regex.errorString())
            .arg(regex.patternErrorOffset() + 1);
    }
    case ResponseRule::Match::HexPattern:
        return hexPatternProblem(rule.pattern);
    }
    return QString();
}

QString RuleCheck::hexPatternProblem(const QString &pattern)
{
    int bytes = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c.isSpace())
            continue;
        if (c == u'*') {
            ++bytes;
            continue;
        }
        const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
        const bool isHex = c.isDigit() || QStringLiteral("abcdefABCDEF").contains(c);
        const bool nextHex = next.isDigit() || (!next.isNull() && QStringLiteral("abcdefABCDEF").contains(next));
        if ((c == u'?' && next == u'?') || (isHex && nextHex)) {
            ++bytes;
            ++i;
            continue;
        }
        //: %1 is the 1-based character position
        return tr("Not a hex pattern at character %1: use pairs of hex digits, ?? for any one "
                  "byte and * for any run, as in 02 ?? 10 *.")
            .arg(i + 1);
    }
    if (bytes == 0)
        return tr("The hex pattern is empty: type bytes such as 02 ?? 10 *.");
    return QString();
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
