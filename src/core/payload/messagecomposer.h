// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "payload/macrotemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Turns a Message into the exact bytes of each send: the payload with its placeholders expanded
// (when Message::macros), then the line ending, then the checksum computed over everything
// before it. Everything that can fail is checked in create(); compose() cannot fail. A value,
// cheap to copy (the compiled template is implicitly shared), so it can be captured into the
// PayloadProducer a session thread calls: [composer](quint64 k) { return composer.compose(k); }
class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(MessageComposer)

public:
    // nullopt when the placeholders do not compile; *error gets the sentence (naming the byte
    // position in Message::payload) and *errorPosition that position.
    static std::optional<MessageComposer> create(const Message &m, QString *error,
                                                 qsizetype *errorPosition = nullptr);

    // Bytes of the index-th send (0-based) at sequence step sequenceStep. Thread-safe (const,
    // no shared mutable state); without placeholders it returns one shared precomputed array.
    QByteArray compose(quint64 index, int sequenceStep = 0) const;
    // The same with the capture groups {{group:N}} takes its bytes from (a responder's reply).
    QByteArray compose(quint64 index, int sequenceStep,
                       const MacroTemplate::Captures &captures) const;

    // True when every send is the same bytes (no placeholder that varies).
    bool isConstant() const { return !m_template.has_value(); }

private:
    MessageComposer() = default;

    std::optional<MacroTemplate> m_template; // set only when something varies per send
    QByteArray m_constant; // the whole message when nothing varies
    QByteArray m_lineEnding;
    Checksum::Algorithm m_checksum = Checksum::Algorithm::None;
    Checksum::ByteOrder m_order = Checksum::ByteOrder::BigEndian;
};
