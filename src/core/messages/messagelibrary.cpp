// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/messagelibrary.h"

#include <QUuid>

namespace {

template<typename T>
std::optional<T> failWith(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return std::nullopt;
}

} // namespace

std::optional<QString> MessageLibrary::add(Message message, QString *error)
{
    if (m_messages.size() >= MaxMessages)
        return failWith<QString>(error, tr("The message library is full (%1 messages); delete "
                                           "some before adding \"%2\".")
                                                .arg(MaxMessages)
                                                .arg(message.name));
    if (!check(message, error))
        return std::nullopt;
    if (message.id.isEmpty() || hasId(message.id))
        message.id = newId();
    m_messages.append(message);
    return message.id;
}

bool MessageLibrary::update(const Message &message, QString *error)
{
    const qsizetype index = indexOf(message.id);
    if (index < 0) {
        if (error)
            *error = tr("The message \"%1\" is no longer in the library.").arg(message.name);
        return false;
    }
    if (!check(message, error))
        return false;
    m_messages[index] = message;
    return true;
}

bool MessageLibrary::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_messages.removeAt(index);
    return true;
}

bool MessageLibrary::move(const QString &id, qsizetype index)
{
    const qsizetype from = indexOf(id);
    if (from < 0)
        return false;
    m_messages.move(from, std::clamp<qsizetype>(index, 0, m_messages.size() - 1));
    return true;
}

std::optional<QString> MessageLibrary::duplicate(const QString &id, QString *error)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return failWith<QString>(error, tr("The message to duplicate is no longer in the "
                                           "library."));
    if (m_messages.size() >= MaxMessages)
        return failWith<QString>(error, tr("The message library is full (%1 messages); delete "
                                           "some before adding \"%2\".")
                                                .arg(MaxMessages)
                                                .arg(m_messages.at(index).name));
    Message copy = m_messages.at(index);
    copy.id = newId();
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_messages.insert(index + 1, copy);
    return copy.id;
}

qsizetype MessageLibrary::merge(const QList<Message> &messages, QString *error,
                                qsizetype *alreadyPresent)
{
    qsizetype added = 0;
    if (alreadyPresent)
        *alreadyPresent = 0;
    for (const Message &message : messages) {
        const qsizetype index = message.id.isEmpty() ? -1 : indexOf(message.id);
        if (index >= 0 && m_messages.at(index) == message) {
            if (alreadyPresent)
                ++*alreadyPresent;
            continue;
        }
        if (!add(message, error))
            break;
        ++added;
    }
    return added;
}

qsizetype MessageLibrary::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Message> MessageLibrary::message(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_messages.at(index);
}

QList<Message> MessageLibrary::findAll(const QString &nameOrPath) const
{
    QList<Message> found;
    for (const Message &message : m_messages) {
        if (message.name == nameOrPath
            || (!message.folder.isEmpty() && pathOf(message) == nameOrPath))
            found.append(message);
    }
    return found;
}

std::optional<Message> MessageLibrary::find(const QString &nameOrPath, QString *error) const
{
    const QList<Message> found = findAll(nameOrPath);
    if (found.isEmpty())
        return failWith<Message>(error, tr("The library has no message named \"%1\".")
                                                .arg(nameOrPath));
    if (found.size() > 1)
        return failWith<Message>(error, tr("%1 messages are named \"%2\"; name one by its "
                                           "folder, as in \"%3\".")
                                                .arg(found.size())
                                                .arg(nameOrPath,
                                                     pathOf(found.constLast())));
    return found.constFirst();
}

QList<qsizetype> MessageLibrary::search(const QString &text) const
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (matches(m_messages.at(i), text))
            indexes.append(i);
    }
    return indexes;
}

bool MessageLibrary::matches(const Message &message, const QString &text)
{
    if (text.isEmpty())
        return true;
    if (message.name.contains(text, Qt::CaseInsensitive)
        || message.folder.contains(text, Qt::CaseInsensitive)
        || message.notes.contains(text, Qt::CaseInsensitive))
        return true;
    // Invalid UTF-8 decodes to U+FFFD and simply does not match; the hex still does.
    if (QString::fromUtf8(message.payload).contains(text, Qt::CaseInsensitive))
        return true;
    QString hex = text;
    hex.remove(u' ');
    if (hex.size() >= 2 && hex.size() % 2 == 0) {
        const QByteArray digits = hex.toLatin1().toLower();
        const bool isHex = std::all_of(digits.begin(), digits.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
        if (isHex) {
            const QByteArray payloadHex = message.payload.toHex();
            // Only at a byte boundary: "30" must not match the middle of "03 0a".
            for (qsizetype at = payloadHex.indexOf(digits); at >= 0;
                 at = payloadHex.indexOf(digits, at + 1)) {
                if (at % 2 == 0)
                    return true;
            }
        }
    }
    return false;
}

bool MessageLibrary::check(const Message &message, QString *error)
{
    if (message.payload.size() <= MaxPayloadBytes)
        return true;
    if (error)
        *error = tr("The message \"%1\" is %2 bytes long; a library message holds at most %3 "
                    "bytes (send larger data as a file).")
                         .arg(message.name)
                         .arg(message.payload.size())
                         .arg(MaxPayloadBytes);
    return false;
}

QString MessageLibrary::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString MessageLibrary::pathOf(const Message &message)
{
    return message.folder.isEmpty() ? message.name : message.folder + u'/' + message.name;
}
