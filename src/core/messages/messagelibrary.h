// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The saved messages in the user's order. A value with the rules every front end shares: ids
// are unique and never empty, and the library stays within the bounds below so that a file
// anyone can write (an import, a shared library) cannot make the window or the CLI run out of
// memory. MessageStore reads and writes it; MessageJson is the format.
class MessageLibrary
{
    Q_DECLARE_TR_FUNCTIONS(MessageLibrary)

public:
    // Far more than anyone keeps by hand (Packet Sender users report hundreds), small enough to
    // list and search as one types.
    static constexpr qsizetype MaxMessages = 10000;
    // One message's payload: more than any datagram, enough for a scripted TCP request; files
    // are sent with "Send file…", not kept in the library.
    static constexpr qsizetype MaxPayloadBytes = 16 * 1024 * 1024;
    // The whole JSON document on disk (hex doubles the bytes, so this is not 10,000 × 16 MiB).
    static constexpr qint64 MaxDocumentBytes = 64 * 1024 * 1024;

    const QList<Message> &messages() const { return m_messages; }
    qsizetype size() const { return m_messages.size(); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    const Message &at(qsizetype index) const { return m_messages.at(index); }

    // Appends message. An empty or already used id is replaced by a new one. Fails with a
    // sentence when the library is full or the payload too large. Returns the id it got.
    std::optional<QString> add(Message message, QString *error = nullptr);
    // Replaces the message with the same id; false (and a sentence) when there is none or the
    // payload is too large.
    bool update(const Message &message, QString *error = nullptr);
    bool remove(const QString &id);
    // Moves the message to index (clamped), for reordering by drag and drop.
    bool move(const QString &id, qsizetype index);
    // A copy placed right after the original: new id, "name (copy)". Returns the new id.
    std::optional<QString> duplicate(const QString &id, QString *error = nullptr);
    // Appends every message (new ids where they clash); stops at the first that does not fit.
    // A message already here under the same id with the same content is skipped and counted
    // in alreadyPresent, so importing a file twice (or an export of the starter set) adds
    // nothing. Returns how many were added.
    qsizetype merge(const QList<Message> &messages, QString *error = nullptr,
                    qsizetype *alreadyPresent = nullptr);

    qsizetype indexOf(const QString &id) const;
    std::optional<Message> message(const QString &id) const;
    // Messages whose name is exactly nameOrPath, or whose "folder/name" is (so a message can
    // be named from a script even when two folders hold the same name).
    QList<Message> findAll(const QString &nameOrPath) const;
    // The one message findAll() finds; none or several is an error naming the cause.
    std::optional<Message> find(const QString &nameOrPath, QString *error = nullptr) const;
    // Indexes of the messages matching text (see matches()), in library order; all for "".
    QList<qsizetype> search(const QString &text) const;
    // Case-insensitive substring of the name, folder, notes or the payload read as UTF-8 (and
    // its hex, so "0d0a" finds a CRLF). Cheap enough to run on each keystroke.
    static bool matches(const Message &message, const QString &text);
    // Payload within MaxPayloadBytes, else false and a sentence naming the message.
    static bool check(const Message &message, QString *error = nullptr);
    static QString newId();
    // "folder/name", or just the name at the top level.
    static QString pathOf(const Message &message);

    bool operator==(const MessageLibrary &) const = default;

private:
    bool hasId(const QString &id) const { return indexOf(id) >= 0; }

    QList<Message> m_messages;
};
