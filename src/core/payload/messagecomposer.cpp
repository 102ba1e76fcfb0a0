// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload/messagecomposer.h"

std::optional<MessageComposer> MessageComposer::create(const Message &m, QString *error,
                                                       qsizetype *errorPosition)
{
    MessageComposer composer;
    composer.m_lineEnding = Message::lineEndingBytes(m.lineEnding);
    composer.m_checksum = m.checksum;
    composer.m_order = m.checksumOrder;
    QByteArray fixed = m.payload;
    if (m.macros) {
        std::optional<MacroTemplate> compiled
            = MacroTemplate::compile(m.payload, error, errorPosition);
        if (!compiled)
            return std::nullopt;
        if (compiled->isConstant())
            fixed = compiled->render(0); // only "{{{{" escapes: the same bytes every time
        else
            composer.m_template = std::move(compiled);
    }
    if (!composer.m_template) {
        fixed.append(composer.m_lineEnding);
        composer.m_constant = Checksum::append(m.checksum, fixed, m.checksumOrder);
    }
    return composer;
}

QByteArray MessageComposer::compose(quint64 index, int sequenceStep) const
{
    if (!m_template)
        return m_constant;
    QByteArray out;
    m_template->renderInto(out, index, sequenceStep);
    out.append(m_lineEnding);
    if (m_checksum != Checksum::Algorithm::None)
        out.append(Checksum::bytes(m_checksum, out, m_order));
    return out;
}


QByteArray MessageComposer::compose(quint64 index, int sequenceStep,
                                    const MacroTemplate::Captures &captures) const
{
    if (!m_template)
        return m_constant;
    QByteArray out;
    m_template->renderInto(out, index, sequenceStep, captures);
    out.append(m_lineEnding);
    if (m_checksum != Checksum::Algorithm::None)
        out.append(Checksum::bytes(m_checksum, out, m_order));
    return out;
}
