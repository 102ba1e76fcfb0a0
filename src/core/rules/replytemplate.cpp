// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/replytemplate.h"

#include "payload/macrohex.h"
#include "rules/responder.h"

std::optional<ReplyTemplate> ReplyTemplate::compile(const QString &text,
                                                    PayloadCodec::Format format, bool macros,
                                                    QString *error)
{
    const PayloadCodec::Result parsed = format == PayloadCodec::Format::Hex && macros
        ? MacroHex::parse(text)
        : PayloadCodec::parse(text, format);
    if (!parsed.isOk()) {
        *error = Responder::tr("the reply at character %1: %2")
                     .arg(parsed.errorPosition)
                     .arg(parsed.error);
        return std::nullopt;
    }
    ReplyTemplate reply;
    reply.m_constant = parsed.bytes;
    if (macros) {
        QString macroError;
        std::optional<MacroTemplate> compiled = MacroTemplate::compile(parsed.bytes, &macroError);
        if (!compiled) {
            *error = Responder::tr("the reply: %1").arg(macroError);
            return std::nullopt;
        }
        if (compiled->isConstant())
            reply.m_constant = compiled->render(0); // only "{{{{" escapes
        else
            reply.m_template = std::move(compiled);
    }
    return reply;
}

std::optional<ReplyTemplate> ReplyTemplate::compile(const Message &message, QString *error)
{
    QString composerError;
    std::optional<MessageComposer> composer = MessageComposer::create(message, &composerError);
    if (!composer) {
        *error = Responder::tr("the library message \"%1\": %2").arg(message.name, composerError);
        return std::nullopt;
    }
    ReplyTemplate reply;
    // MessageComposer keeps its template to itself; any placeholder may be a group.
    reply.m_messageMayUseGroups = message.macros && message.payload.contains("{{");
    reply.m_composer = std::move(composer);
    return reply;
}

bool ReplyTemplate::usesGroups() const
{
    return m_messageMayUseGroups || (m_template && m_template->usesGroups());
}

QByteArray ReplyTemplate::render(quint64 index, const MacroTemplate::Captures &captures) const
{
    if (m_composer)
        return m_composer->compose(index, 0, captures);
    if (m_template)
        return m_template->render(index, 0, captures);
    return m_constant;
}
