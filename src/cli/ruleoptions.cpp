// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleoptions.h"

#include "clioptions.h"
#include "payload/payloadcodec.h"
#include "rules/rulesjson.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QString rulesName = QStringLiteral("rules");
const QString replyIfName = QStringLiteral("reply-if");

template<typename T> std::optional<T> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Where MATCH ends: the first '=' that is not escaped. A backslash escapes the character
// after it, so "\\=" is a backslash followed by the separator.
qsizetype separatorIndex(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\')
            ++i;
        else if (value.at(i) == u'=')
            return i;
    }
    return -1;
}

// "\=" as the payload codec spells it: it has no escape for '=' of its own.
QString withEqualsEscaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            if (text.at(i + 1) == u'=')
                result += QStringLiteral("\\x3d");
            else
                result += text.mid(i, 2);
            ++i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}
} // namespace

QString RuleOptions::synopsis()
{
    return QStringLiteral("[--rules FILE] [--reply-if MATCH=REPLY]...");
}

void RuleOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        rulesName,
        tr("Answer each message by the rules in FILE (JSON, as the window exports them; "
           "first match wins). Each reply, close or reset is logged with the rule that "
           "fired. --echo (udp-server: --reply) answers what no rule matches; a FILE that "
           "sets a default of its own is then refused."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        replyIfName,
        tr("Answer a message that is exactly MATCH with REPLY. MATCH is text with escapes "
           "(\\n, \\r, \\xHH), or /REGEX/ to search the message with a regular expression; "
           "REPLY is text with escapes and placeholders such as {{group:1}} (a capture "
           "group of the regular expression). They are split at the first '=' that is not "
           "written \\= (a '=' inside MATCH is written \\=). Repeatable; these rules come "
           "before those of --rules."),
        QStringLiteral("MATCH=REPLY")));
}

bool RuleOptions::isSet(const QCommandLineParser &parser)
{
    return parser.isSet(rulesName) || parser.isSet(replyIfName);
}

std::optional<ResponseRule> RuleOptions::parseReplyIf(const QString &value, QString *error)
{
    const qsizetype split = separatorIndex(value);
    if (split < 0)
        return failWith<ResponseRule>(error,
                                      tr("--reply-if \"%1\" has no '=' between what to "
                                         "match and the reply (a literal '=' in MATCH "
                                         "is written \\=).")
                                          .arg(value));
    const QString match = value.left(split);
    const QString reply = value.mid(split + 1);
    if (match.isEmpty())
        return failWith<ResponseRule>(error,
                                      tr("--reply-if \"%1\" has nothing to match before "
                                         "the '='.")
                                          .arg(value));
    if (reply.isEmpty())
        return failWith<ResponseRule>(error,
                                      tr("--reply-if \"%1\" has an empty reply; a rules "
                                         "file (--rules) can drop a message instead.")
                                          .arg(value));
    ResponseRule rule;
    rule.action = ResponseRule::Action::Reply;
    rule.replyFormat = PayloadCodec::Format::Text;
    rule.macros = true;
    if (match.size() > 2 && match.startsWith(u'/') && match.endsWith(u'/')) {
        rule.match = ResponseRule::Match::Regex;
        // As typed: the regular expression has its own escapes (\= is a literal '=' there).
        rule.pattern = match.mid(1, match.size() - 2);
        const QRegularExpression expression(rule.pattern);
        if (!expression.isValid())
            return failWith<ResponseRule>(error,
                                          tr("--reply-if \"%1\": the regular expression "
                                             "is not valid at offset %2: %3.")
                                              .arg(value)
                                              .arg(expression.patternErrorOffset())
                                              .arg(expression.errorString()));
    } else {
        rule.match = ResponseRule::Match::Exact;
        rule.pattern = withEqualsEscaped(match);
        if (const PayloadCodec::Result parsed = PayloadCodec::parseEscapedText(rule.pattern);
            !parsed.isOk())
            return failWith<ResponseRule>(
                error, tr("--reply-if \"%1\": MATCH: %2").arg(value, parsed.error));
    }
    rule.reply = withEqualsEscaped(reply);
    if (const PayloadCodec::Result parsed = PayloadCodec::parseEscapedText(rule.reply);
        !parsed.isOk())
        return failWith<ResponseRule>(error,
                                      tr("--reply-if \"%1\": REPLY: %2").arg(value, parsed.error));
    return rule;
}

std::optional<std::shared_ptr<Responder>>
RuleOptions::responder(const QCommandLineParser &parser, const Fallback &fallback, QString *error)
{
    using Result = std::shared_ptr<Responder>;
    if (!isSet(parser))
        return Result();

    ResponseRules fromFile;
    const QString path = parser.value(rulesName);
    if (parser.isSet(rulesName)) {
        if (path.isEmpty())
            return failWith<Result>(error, tr("The --rules option needs the path of a file."));
        QString why;
        std::optional<ResponseRules> read = RulesJson::readFile(path, &why);
        if (!read)
            return failWith<Result>(error, tr("--rules %1: %2").arg(path, why));
        fromFile = *read;
    }
    QList<ResponseRule> shorthand;
    const QStringList values = parser.values(replyIfName);
    for (const QString &value : values) {
        std::optional<ResponseRule> rule = parseReplyIf(value, error);
        if (!rule)
            return std::nullopt;
        shorthand << *rule;
    }

    ResponseRules rules = fromFile;
    rules.rules = shorthand + fromFile.rules;
    if (rules.rules.size() > ResponseRules::MaxRules)
        return failWith<Result>(error,
                                tr("%1 rules were given; a server holds at most %2.")
                                    .arg(rules.rules.size())
                                    .arg(ResponseRules::MaxRules));
    if (fallback.action != ResponseRules::Default::None) {
        if (fromFile.defaultAction != ResponseRules::Default::None)
            return failWith<Result>(error,
                                    tr("%1 and the default of --rules %2 (\"%3\") both "
                                       "say what to do when no rule matches; keep one.")
                                        .arg(fallback.option, path,
                                             ResponseRules::defaultName(fromFile.defaultAction)));
        rules.defaultAction = fallback.action;
        if (fallback.action == ResponseRules::Default::Reply) {
            // Exact bytes (--hex, --file): as hex, without placeholders.
            rules.defaultReply = QString::fromLatin1(fallback.reply.toHex(' '));
            rules.defaultReplyFormat = PayloadCodec::Format::Hex;
            rules.defaultMacros = false;
        }
    }
    if (rules.isInactive())
        return Result();

    // Library messages are looked up only when a rule names one: a damaged library must not
    // stop a server whose rules never use it.
    std::shared_ptr<MessageLibrary> library;
    const bool needsLibrary
        = std::any_of(rules.rules.cbegin(), rules.rules.cend(),
                      [](const ResponseRule &rule) { return !rule.replyMessageId.isEmpty(); });
    if (needsLibrary) {
        QString why;
        std::optional<MessageLibrary> loaded
            = CliOptions::library(CliOptions::libraryPath(parser), &why);
        if (!loaded)
            return failWith<Result>(error,
                                    tr("--rules %1: a rule replies with a library "
                                       "message, and the library cannot be read: %2")
                                        .arg(path, why));
        library = std::make_shared<MessageLibrary>(std::move(*loaded));
    }
    const Responder::MessageLookup lookup = [library](const QString &id) {
        return library ? library->message(id) : std::optional<Message>();
    };

    // Compiled apart first, so that an error names the option it comes from and the rule's
    // number where the user wrote it.
    QString why;
    for (qsizetype i = 0; i < shorthand.size(); ++i) {
        ResponseRules one;
        one.rules = {shorthand.at(i)};
        if (!Responder::compile(one, lookup, &why))
            return failWith<Result>(error, tr("--reply-if \"%1\": %2").arg(values.at(i), why));
    }
    if (!fromFile.rules.isEmpty() && !Responder::compile(fromFile, lookup, &why))
        return failWith<Result>(error, tr("--rules %1: %2").arg(path, why));
    Result compiled = Responder::compile(rules, lookup, &why);
    if (!compiled)
        return failWith<Result>(error, why);
    return compiled;
}
