// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// How a TCP byte stream is cut into messages for the log, the rules and the counters. A value;
// StreamFramer applies it to one connection.
//
// Text form (the CLI's --frame, settings):
//   none                      raw chunks as recv() returned them (the default)
//   delimiter:\r\n            a message ends after the delimiter (escapes as in payloads;
//                             the delimiter stays part of the message)
//   fixed:16                  every message is 16 bytes
//   length:2be                a length field of 1, 2 or 4 bytes, big (be) or little (le)
//   length:4le,offset=2,inclusive   ... after 2 header bytes; the value counts the whole
//                             frame (header included) instead of the body only
//   idle:50                   a message ends after 50 ms without data
// Every mode takes ",max=N": a message may not exceed N bytes (default MaxFrameDefault).
struct FrameSpec
{
    Q_DECLARE_TR_FUNCTIONS(FrameSpec)

public:
    enum class Mode : quint8 { None, Delimiter, Fixed, LengthPrefix, Idle };

    static constexpr qint64 MaxFrameDefault = 1024 * 1024;
    static constexpr qint64 MaxFrameLimit = 64 * 1024 * 1024;
    static constexpr int MaxIdleMs = 60 * 1000;

    Mode mode = Mode::None;
    QByteArray delimiter;            // Delimiter: 1..64 bytes
    int fixedLength = 0;             // Fixed: 1..maxFrameBytes
    int lengthBytes = 2;             // LengthPrefix: 1, 2 or 4
    bool bigEndian = true;           // LengthPrefix: network byte order
    bool lengthIncludesHeader = false; // LengthPrefix: the value counts offset + field + body
    int lengthOffset = 0;            // LengthPrefix: header bytes before the length field
    int idleMs = 0;                  // Idle: 1..MaxIdleMs
    qint64 maxFrameBytes = MaxFrameDefault;

    bool operator==(const FrameSpec &) const = default;
    bool isNone() const { return mode == Mode::None; }

    // nullopt and *error (one translated sentence naming what is wrong) on a bad text.
    static std::optional<FrameSpec> parse(const QString &text, QString *error);
    // The text form parse() reads back to an equal spec.
    QString toString() const;
    // For the log and the pane, translated: "messages end with \r\n", "2-byte big-endian
    // length prefix", ...
    QString describe() const;
};
