// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

// The library's file format, one versioned JSON document:
//   {"format": "socklab-messages", "version": 1, "messages": [ {...}, ... ]}
// A payload is kept exactly: "hex" holds its bytes (authoritative) and "text" repeats them
// when they are printable UTF-8, for people reading or diffing the file. A reader takes
// either (hex wins). Fields this version does not know are ignored, so an older SockLab reads
// a newer file's messages as long as the version number stays; a higher version is refused.
class MessageJson
{
    Q_DECLARE_TR_FUNCTIONS(MessageJson)

public:
    static constexpr int Version = 1;
    static QString formatName() { return QStringLiteral("socklab-messages"); }

    static QByteArray write(const QList<Message> &messages);
    static QJsonObject toJson(const Message &message);

    // The messages of document, or nullopt and one sentence naming the cause (and the entry:
    // "message 3") for anything that is not a valid document of this version. Entries without
    // an id get one.
    static std::optional<QList<Message>> read(const QByteArray &document, QString *error);
    // One entry; number is its 1-based position, for the sentence.
    static std::optional<Message> fromJson(const QJsonObject &object, qsizetype number,
                                           QString *error);
    // True when document claims to be ours ("format" is ours), whatever its version: lets an
    // import tell our files from Packet Sender's before reading them.
    static bool isOurFormat(const QByteArray &document);

    // The stable names used in the file (never translated).
    static QString lineEndingName(Message::LineEnding ending);
    static QString checksumName(Checksum::Algorithm algorithm);
    static QString byteOrderName(Checksum::ByteOrder order);
    static QString protocolName(TrafficEvent::Protocol protocol);
    // True for payloads kept as readable "text" too: valid UTF-8 without control characters
    // other than tab, CR and LF.
    static bool isPrintableUtf8(const QByteArray &bytes);
};
