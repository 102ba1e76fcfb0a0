// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/trafficevent.h"
#include "payload/checksum.h"
#include "payload/payloadcodec.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One saved test message of the library: exact bytes plus how they are shown and sent. A value;
// MessageLibrary keeps the list, MessageStore reads and writes it as JSON.
struct Message
{
    enum class LineEnding : quint8 { None, Lf, CrLf, Cr };

    // Where the message is meant to go. Optional: without it the message goes wherever the
    // pane it is sent from is connected.
    struct Target
    {
        TrafficEvent::Protocol protocol = TrafficEvent::Protocol::Tcp;
        QString host;
        quint16 port = 0;
        bool operator==(const Target &) const = default;
    };

    QString id;                  // stable identity (a UUID without braces), never shown
    QString name;                // shown, unique within its folder is not required
    QString folder;              // "" = top level; "a/b" nests
    QByteArray payload;          // exactly the bytes typed (macros still as {{...}} text)
    PayloadCodec::Format format = PayloadCodec::Format::Text; // how the editor shows payload
    LineEnding lineEnding = LineEnding::None;                 // appended after payload
    std::optional<Target> target;
    QString notes;
    bool macros = false;         // expand {{counter}}, {{time}}, ... when sending
    Checksum::Algorithm checksum = Checksum::Algorithm::None; // appended after line ending
    Checksum::ByteOrder checksumOrder = Checksum::ByteOrder::BigEndian;
    int repeatIntervalMs = 0;    // 0 = send once (Packet Sender's "resend" maps here)

    bool operator==(const Message &) const = default;

    static QByteArray lineEndingBytes(LineEnding ending);
};
