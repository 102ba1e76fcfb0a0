// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/rulesjson.h"

#include "messages/messagestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int Version = 1;
const QString FormatName = u"socklab-rules"_s;

// The format's own table: the names must not change when PayloadCodec's code does.
constexpr std::array formats = {std::pair {PayloadCodec::Format::Text, "text"},
                                std::pair {PayloadCodec::Format::Hex, "hex"}};

QString formatName(PayloadCodec::Format format)
{
    for (const auto &[value, name] : formats) {
        if (value == format)
            return QString::fromLatin1(name);
    }
    return QString();
}

// A key or value from the document as it goes into an error sentence: control characters
// escaped (a sentence stays one line) and at most 40 characters.
QString shown(const QString &text)
{
    return PayloadCodec::toDisplayText(text.toUtf8(), PayloadCodec::Encoding::Utf8, 40);
}

// Reads one JSON object's fields (a rule, or the default); the first problem is kept as a
// sentence that names where it is ("rule 3", "the default") and the key.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString where, const QStringList &knownKeys)
        : m_object(object)
        , m_where(std::move(where))
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKeys.contains(it.key())) {
                fail(RulesJson::tr("%1: the key \"%2\" is unknown (known keys: %3).")
                         .arg(m_where, shown(it.key()), knownKeys.join(u", "_s)));
                break;
            }
        }
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString string(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return QString();
        if (!value.isString())
            fail(RulesJson::tr("%1: \"%2\" must be a string.").arg(m_where, key));
        return value.toString();
    }

    bool boolean(const QString &key, bool defaultValue)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return defaultValue;
        if (!value.isBool())
            fail(RulesJson::tr("%1: \"%2\" must be true or false.").arg(m_where, key));
        return value.toBool(defaultValue);
    }

    int integer(const QString &key, int minimum, int maximum, int defaultValue)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return defaultValue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < minimum
            || number > maximum) {
            fail(RulesJson::tr("%1: \"%2\" must be a whole number from %3 to %4.")
                     .arg(m_where, key)
                     .arg(minimum)
                     .arg(maximum));
            return defaultValue;
        }
        return int(number);
    }

    // A name from a fixed list: from() turns a name into the value, nullopt when unknown.
    template<typename Value, typename From>
    Value choice(const QString &key, From from, const QStringList &names, Value defaultValue)
    {
        const QString name = string(key);
        if (name.isNull() || !ok())
            return defaultValue;
        const std::optional<Value> value = from(name);
        if (!value) {
            QStringList quoted;
            for (const QString &n : names)
                quoted << u'"' + n + u'"';
            fail(RulesJson::tr("%1: \"%2\" is \"%3\", which is none of %4.")
                     .arg(m_where, key, shown(name), quoted.join(u", "_s)));
            return defaultValue;
        }
        return *value;
    }

    PayloadCodec::Format format(const QString &key)
    {
        QStringList names;
        for (const auto &entry : formats)
            names << QString::fromLatin1(entry.second);
        return choice<PayloadCodec::Format>(
            key,
            [](const QString &name) -> std::optional<PayloadCodec::Format> {
                for (const auto &[value, n] : formats) {
                    if (name == QLatin1StringView(n))
                        return value;
                }
                return std::nullopt;
            },
            names, PayloadCodec::Format::Text);
    }

    void fail(const QString &sentence)
    {
        if (m_error.isEmpty())
            m_error = sentence;
    }

private:
    const QJsonObject &m_object;
    const QString m_where;
    QString m_error;
};

template<typename T> std::optional<T> failWith(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return std::nullopt;
}

QStringList matchNames()
{
    using M = ResponseRule::Match;
    QStringList names;
    for (M m : {M::Exact, M::Prefix, M::Suffix, M::Contains, M::Regex, M::HexPattern})
        names << ResponseRule::matchName(m);
    return names;
}

QStringList actionNames()
{
    using A = ResponseRule::Action;
    QStringList names;
    for (A a : {A::Reply, A::Close, A::Reset, A::Drop})
        names << ResponseRule::actionName(a);
    return names;
}

QStringList defaultNames()
{
    using D = ResponseRules::Default;
    QStringList names;
    for (D d : {D::None, D::Echo, D::Reply})
        names << ResponseRules::defaultName(d);
    return names;
}

std::optional<ResponseRule> ruleFromJson(const QJsonObject &object, qsizetype number,
                                         QString *error)
{
    static const QStringList keys
        = {u"enabled"_s, u"match"_s,  u"pattern"_s, u"action"_s,  u"reply"_s,
           u"format"_s,  u"macros"_s, u"message"_s, u"delayMs"_s, u"comment"_s};
    FieldReader reader(object, RulesJson::tr("rule %1").arg(number), keys);
    ResponseRule rule;
    rule.enabled = reader.boolean(u"enabled"_s, true);
    rule.match = reader.choice<ResponseRule::Match>(u"match"_s, &ResponseRule::matchFromName,
                                                    matchNames(), ResponseRule::Match::Exact);
    rule.pattern = reader.string(u"pattern"_s);
    rule.action = reader.choice<ResponseRule::Action>(u"action"_s, &ResponseRule::actionFromName,
                                                      actionNames(), ResponseRule::Action::Reply);
    rule.reply = reader.string(u"reply"_s);
    rule.replyFormat = reader.format(u"format"_s);
    rule.macros = reader.boolean(u"macros"_s, true);
    rule.replyMessageId = reader.string(u"message"_s);
    rule.delayMs = reader.integer(u"delayMs"_s, 0, ResponseRule::MaxDelayMs, 0);
    rule.comment = reader.string(u"comment"_s);
    if (!reader.ok())
        return failWith<ResponseRule>(error, reader.error());
    return rule;
}

bool defaultFromJson(const QJsonObject &object, ResponseRules *rules, QString *error)
{
    static const QStringList keys = {u"action"_s, u"reply"_s, u"format"_s, u"macros"_s};
    FieldReader reader(object, RulesJson::tr("the default"), keys);
    rules->defaultAction = reader.choice<ResponseRules::Default>(
        u"action"_s, &ResponseRules::defaultFromName, defaultNames(), ResponseRules::Default::None);
    rules->defaultReply = reader.string(u"reply"_s);
    rules->defaultReplyFormat = reader.format(u"format"_s);
    rules->defaultMacros = reader.boolean(u"macros"_s, true);
    if (!reader.ok() && error)
        *error = reader.error();
    return reader.ok();
}

} // namespace

QJsonObject RulesJson::toJson(const ResponseRules &rules)
{
    QJsonObject defaultObject;
    defaultObject.insert(u"action"_s, ResponseRules::defaultName(rules.defaultAction));
    defaultObject.insert(u"reply"_s, rules.defaultReply);
    defaultObject.insert(u"format"_s, formatName(rules.defaultReplyFormat));
    defaultObject.insert(u"macros"_s, rules.defaultMacros);

    QJsonArray array;
    for (const ResponseRule &rule : rules.rules) {
        QJsonObject object;
        object.insert(u"enabled"_s, rule.enabled);
        object.insert(u"match"_s, ResponseRule::matchName(rule.match));
        object.insert(u"pattern"_s, rule.pattern);
        object.insert(u"action"_s, ResponseRule::actionName(rule.action));
        object.insert(u"reply"_s, rule.reply);
        object.insert(u"format"_s, formatName(rule.replyFormat));
        object.insert(u"macros"_s, rule.macros);
        if (!rule.replyMessageId.isEmpty())
            object.insert(u"message"_s, rule.replyMessageId);
        object.insert(u"delayMs"_s, rule.delayMs);
        if (!rule.comment.isEmpty())
            object.insert(u"comment"_s, rule.comment);
        array.append(object);
    }

    QJsonObject document;
    document.insert(u"format"_s, FormatName);
    document.insert(u"version"_s, Version);
    document.insert(u"default"_s, defaultObject);
    document.insert(u"rules"_s, array);
    return document;
}

QByteArray RulesJson::toBytes(const ResponseRules &rules)
{
    return QJsonDocument(toJson(rules)).toJson(QJsonDocument::Indented);
}

std::optional<ResponseRules> RulesJson::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList keys = {u"format"_s, u"version"_s, u"default"_s, u"rules"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return failWith<ResponseRules>(
                error,
                tr("The rules document has an unknown key \"%1\" (known keys: %2).")
                    .arg(shown(it.key()), keys.join(u", "_s)));
    }
    const QJsonValue format = object.value(u"format"_s);
    if (!format.isUndefined() && format.toString() != FormatName)
        return failWith<ResponseRules>(
            error,
            tr("The document is not SockLab rules: \"format\" is not \"%1\".").arg(FormatName));
    const QJsonValue version = object.value(u"version"_s);
    if (!version.isUndefined()) {
        const double number = version.toDouble(-1);
        if (!version.isDouble() || number < 1 || number != std::floor(number))
            return failWith<ResponseRules>(
                error, tr("The rules document's \"version\" must be a whole number from 1."));
        if (number > Version)
            return failWith<ResponseRules>(
                error,
                tr("The rules were written by a newer SockLab (version %1; this one "
                   "reads version %2).")
                    .arg(number)
                    .arg(Version));
    }

    ResponseRules rules;
    const QJsonValue defaultValue = object.value(u"default"_s);
    if (defaultValue.isObject()) {
        if (!defaultFromJson(defaultValue.toObject(), &rules, error))
            return std::nullopt;
    } else if (!defaultValue.isUndefined()) {
        return failWith<ResponseRules>(error,
                                       tr("The rules document's \"default\" must be an "
                                          "object."));
    }

    const QJsonValue list = object.value(u"rules"_s);
    if (!list.isArray())
        return failWith<ResponseRules>(error, tr("The rules document has no \"rules\" list."));
    const QJsonArray array = list.toArray();
    if (array.size() > ResponseRules::MaxRules)
        return failWith<ResponseRules>(
            error,
            tr("The rules document holds %1 rules; at most %2 are allowed.")
                .arg(array.size())
                .arg(ResponseRules::MaxRules));
    rules.rules.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return failWith<ResponseRules>(error,
                                           tr("rule %1: it is not a JSON object.").arg(i + 1));
        const std::optional<ResponseRule> rule = ruleFromJson(array.at(i).toObject(), i + 1, error);
        if (!rule)
            return std::nullopt;
        rules.rules.append(*rule);
    }
    return rules;
}

std::optional<ResponseRules> RulesJson::fromBytes(const QByteArray &json, QString *error)
{
    if (json.size() > MaxFileBytes)
        return failWith<ResponseRules>(
            error,
            tr("The rules document is larger than %1 MiB.").arg(MaxFileBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith<ResponseRules>(error,
                                       tr("The rules are not valid JSON (%1 at byte %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
    if (!document.isObject())
        return failWith<ResponseRules>(error, tr("The rules document is not a JSON object."));
    return fromJson(document.object(), error);
}

std::optional<ResponseRules> RulesJson::readFile(const QString &path, QString *error)
{
    // A pipe is read too (the CLI's --rules <(generate-rules)); the read is bounded either way.
    QString cause;
    if (QFileInfo(path).isDir()) {
        cause = tr("it is a folder.");
    } else if (const std::optional<QByteArray> bytes
               = MessageStore::readFile(path, MaxFileBytes, &cause)) {
        std::optional<ResponseRules> rules = fromBytes(*bytes, &cause);
        if (!rules)
            return failWith<ResponseRules>(error, tr("%1: %2").arg(path, cause));
        return rules;
    }
    return failWith<ResponseRules>(error,
                                   tr("The rules file %1 could not be read: %2").arg(path, cause));
}

bool RulesJson::writeFile(const QString &path, const ResponseRules &rules, QString *error)
{
    return MessageStore::writeFile(path, toBytes(rules), error);
}
