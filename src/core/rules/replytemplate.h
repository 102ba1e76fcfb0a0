// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "payload/macrotemplate.h"
#include "payload/messagecomposer.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The bytes a responder rule (or the default) replies with, compiled once: constant bytes, a
// template with placeholders, or a library message with its line ending and checksum.
// render() is const and thread-safe.
class ReplyTemplate
{
public:
    // From what the user typed in format; with macros, {{...}} placeholders are compiled (in
    // hex, kept as text between the hex bytes, as the message editor does). nullopt and *error
    // (a translated clause, "the reply at character 3: ...") when it does not parse.
    static std::optional<ReplyTemplate> compile(const QString &text, PayloadCodec::Format format,
                                                bool macros, QString *error);
    // From a library message: its own macros flag, line ending and checksum apply.
    static std::optional<ReplyTemplate> compile(const Message &message, QString *error);

    // True when rendering needs the match's groups ({{group:...}} may occur).
    bool usesGroups() const;
    // The bytes for the index-th time this reply is sent.
    QByteArray render(quint64 index, const MacroTemplate::Captures &captures) const;

private:
    QByteArray m_constant;
    std::optional<MacroTemplate> m_template;
    std::optional<MessageComposer> m_composer;
    bool m_messageMayUseGroups = false;
};
