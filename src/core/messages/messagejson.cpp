// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/messagejson.h"

#include "messages/messagelibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Tables rather than calls into each type's own naming: the names are part of the file format and
// must not change when that code does. Checksum names are the exception, kept in one table
// (Checksum::names) that says it belongs to this format.
constexpr std::array lineEndings = {
    std::pair{Message::LineEnding::None, "none"}, std::pair{Message::LineEnding::Lf, "lf"},
    std::pair{Message::LineEnding::CrLf, "crlf"}, std::pair{Message::LineEnding::Cr, "cr"}};
constexpr const auto &checksums = Checksum::names;
constexpr std::array byteOrders = {std::pair{Checksum::ByteOrder::BigEndian, "big-endian"},
                                   std::pair{Checksum::ByteOrder::LittleEndian, "little-endian"}};
constexpr std::array protocols = {std::pair{TrafficEvent::Protocol::Tcp, "tcp"},
                                  std::pair{TrafficEvent::Protocol::Udp, "udp"}};
constexpr std::array formats = {std::pair{PayloadCodec::Format::Text, "text"},
                                std::pair{PayloadCodec::Format::Hex, "hex"}};

template<typename Table, typename Value>
QString nameIn(const Table &table, Value value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString();
}

template<typename Table, typename Value>
bool valueIn(const Table &table, const QString &name, Value *value)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1StringView(n)) {
            *value = v;
            return true;
        }
    }
    return false;
}

template<typename Table>
QString namesOf(const Table &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << u'"' + QString::fromLatin1(entry.second) + u'"';
    return names.join(u", "_s);
}

// Reads one entry's fields; the first problem is kept as a sentence naming entry and field.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, qsizetype number)
        : m_object(object)
        , m_number(number)
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return QString();
        if (!value.isString())
            fail(MessageJson::tr("message %1: \"%2\" must be a string.").arg(m_number).arg(key));
        return value.toString();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(MessageJson::tr("message %1: \"%2\" must be true or false.")
                         .arg(m_number)
                         .arg(key));
        return value.toBool();
    }

    qint64 integer(const QString &key, qint64 minimum, qint64 maximum, qint64 defaultValue)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return defaultValue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < double(minimum)
            || number > double(maximum)) {
            fail(MessageJson::tr("message %1: \"%2\" must be a whole number from %3 to %4.")
                         .arg(m_number)
                         .arg(key)
                         .arg(minimum)
                         .arg(maximum));
            return defaultValue;
        }
        return qint64(number);
    }

    template<typename Table, typename Value>
    Value choice(const QString &key, const Table &table, Value defaultValue)
    {
        const QString name = string(key);
        if (name.isNull() || !ok())
            return defaultValue;
        Value value = defaultValue;
        if (!valueIn(table, name, &value))
            fail(MessageJson::tr("message %1: \"%2\" is \"%3\", which is none of %4.")
                         .arg(m_number)
                         .arg(key, name, namesOf(table)));
        return value;
    }

    void fail(const QString &sentence)
    {
        if (m_error.isEmpty())
            m_error = sentence;
    }

private:
    const QJsonObject &m_object;
    const qsizetype m_number;
    QString m_error;
};

template<typename T>
std::optional<T> failWith(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return std::nullopt;
}

} // namespace

QByteArray MessageJson::write(const QList<Message> &messages)
{
    QJsonArray array;
    for (const Message &message : messages)
        array.append(toJson(message));
    QJsonObject document;
    document.insert(u"format"_s, formatName());
    document.insert(u"version"_s, Version);
    document.insert(u"messages"_s, array);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QJsonObject MessageJson::toJson(const Message &message)
{
    QJsonObject object;
    object.insert(u"id"_s, message.id);
    object.insert(u"name"_s, message.name);
    if (!message.folder.isEmpty())
        object.insert(u"folder"_s, message.folder);
    object.insert(u"hex"_s, QString::fromLatin1(message.payload.toHex()));
    if (isPrintableUtf8(message.payload))
        object.insert(u"text"_s, QString::fromUtf8(message.payload));
    object.insert(u"format"_s, nameIn(formats, message.format));
    object.insert(u"lineEnding"_s, lineEndingName(message.lineEnding));
    if (message.target) {
        QJsonObject target;
        target.insert(u"protocol"_s, protocolName(message.target->protocol));
        target.insert(u"host"_s, message.target->host);
        target.insert(u"port"_s, int(message.target->port));
        object.insert(u"target"_s, target);
    }
    if (!message.notes.isEmpty())
        object.insert(u"notes"_s, message.notes);
    object.insert(u"macros"_s, message.macros);
    object.insert(u"checksum"_s, checksumName(message.checksum));
    object.insert(u"checksumOrder"_s, byteOrderName(message.checksumOrder));
    object.insert(u"repeatIntervalMs"_s, message.repeatIntervalMs);
    return object;
}

std::optional<QList<Message>> MessageJson::read(const QByteArray &document, QString *error)
{
    if (document.size() > MessageLibrary::MaxDocumentBytes)
        return failWith<QList<Message>>(error, tr("it is larger than %1 MiB.")
                                                       .arg(MessageLibrary::MaxDocumentBytes
                                                            / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith<QList<Message>>(error, tr("it is not valid JSON (%1 at byte %2).")
                                                       .arg(parseError.errorString())
                                                       .arg(parseError.offset));
    const QJsonObject top = json.object();
    if (!json.isObject() || top.value(u"format"_s).toString() != formatName())
        return failWith<QList<Message>>(error, tr("it is not a SockLab message library "
                                                  "(\"format\" is not \"%1\").")
                                                       .arg(formatName()));
    const QJsonValue version = top.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1
        || version.toDouble() != std::floor(version.toDouble()))
        return failWith<QList<Message>>(error, tr("its \"version\" is missing or not a "
                                                  "whole number."));
    if (version.toDouble() > Version)
        return failWith<QList<Message>>(error, tr("it was written by a newer SockLab (format "
                                                  "version %1; this one reads version %2).")
                                                       .arg(version.toDouble())
                                                       .arg(Version));
    const QJsonValue entries = top.value(u"messages"_s);
    if (!entries.isArray())
        return failWith<QList<Message>>(error, tr("it has no \"messages\" list."));
    const QJsonArray array = entries.toArray();
    if (array.size() > MessageLibrary::MaxMessages)
        return failWith<QList<Message>>(error, tr("it holds %1 messages; at most %2 are "
                                                  "read.")
                                                       .arg(array.size())
                                                       .arg(MessageLibrary::MaxMessages));
    QList<Message> messages;
    messages.reserve(array.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return failWith<QList<Message>>(error, tr("message %1 is not a JSON object.")
                                                           .arg(i + 1));
        std::optional<Message> message = fromJson(array.at(i).toObject(), i + 1, error);
        if (!message)
            return std::nullopt;
        // A copied entry (hand-edited file) keeps its place with an identity of its own.
        if (message->id.isEmpty() || ids.contains(message->id))
            message->id = MessageLibrary::newId();
        ids.insert(message->id);
        messages.append(*message);
    }
    return messages;
}

std::optional<Message> MessageJson::fromJson(const QJsonObject &object, qsizetype number,
                                             QString *error)
{
    EntryReader reader(object, number);
    Message message;
    message.id = reader.string(u"id"_s);
    message.name = reader.string(u"name"_s, true);
    message.folder = reader.string(u"folder"_s);
    message.notes = reader.string(u"notes"_s);
    if (object.contains(u"hex"_s)) {
        const QString hex = reader.string(u"hex"_s);
        const PayloadCodec::Result result = PayloadCodec::parseHex(hex);
        if (reader.ok() && !result.isOk())
            reader.fail(tr("message %1: \"hex\": %2").arg(number).arg(result.error));
        message.payload = result.bytes;
    } else {
        message.payload = reader.string(u"text"_s).toUtf8();
    }
    if (reader.ok() && message.payload.size() > MessageLibrary::MaxPayloadBytes)
        reader.fail(tr("message %1: the payload is larger than %2 bytes.")
                            .arg(number)
                            .arg(MessageLibrary::MaxPayloadBytes));
    message.format = reader.choice(u"format"_s, formats, PayloadCodec::Format::Text);
    message.lineEnding = reader.choice(u"lineEnding"_s, lineEndings, Message::LineEnding::None);
    message.macros = reader.boolean(u"macros"_s);
    message.checksum = reader.choice(u"checksum"_s, checksums, Checksum::Algorithm::None);
    message.checksumOrder =
            reader.choice(u"checksumOrder"_s, byteOrders, Checksum::ByteOrder::BigEndian);
    message.repeatIntervalMs =
            int(reader.integer(u"repeatIntervalMs"_s, 0, std::numeric_limits<int>::max(), 0));

    const QJsonValue target = object.value(u"target"_s);
    if (target.isObject()) {
        const QJsonObject targetObject = target.toObject();
        EntryReader targetReader(targetObject, number);
        Message::Target value;
        value.protocol = targetReader.choice(u"protocol"_s, protocols,
                                             TrafficEvent::Protocol::Tcp);
        value.host = targetReader.string(u"host"_s);
        value.port = quint16(targetReader.integer(u"port"_s, 0, 65535, 0));
        if (!targetReader.ok())
            reader.fail(tr("%1 (in \"target\")").arg(targetReader.error()));
        message.target = value;
    } else if (!target.isUndefined() && !target.isNull()) {
        reader.fail(tr("message %1: \"target\" must be an object.").arg(number));
    }

    if (!reader.ok())
        return failWith<Message>(error, reader.error());
    return message;
}

bool MessageJson::isOurFormat(const QByteArray &document)
{
    const QJsonDocument json = QJsonDocument::fromJson(document);
    return json.isObject() && json.object().value(u"format"_s).toString() == formatName();
}

QString MessageJson::lineEndingName(Message::LineEnding ending)
{
    return nameIn(lineEndings, ending);
}

QString MessageJson::checksumName(Checksum::Algorithm algorithm)
{
    return nameIn(checksums, algorithm);
}

QString MessageJson::byteOrderName(Checksum::ByteOrder order)
{
    return nameIn(byteOrders, order);
}

QString MessageJson::protocolName(TrafficEvent::Protocol protocol)
{
    return nameIn(protocols, protocol);
}

bool MessageJson::isPrintableUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return false;
    }
    // A byte order mark would be lost by some editors; keep such payloads as hex only.
    return !text.startsWith(QChar(0xfeff));
}
