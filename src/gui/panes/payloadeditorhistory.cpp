// SPDX-License-Identifier: GPL-3.0-or-later
// PayloadEditor's history: recording sent messages and stepping back through them.
#include "panes/payloadeditor.h"

void PayloadEditor::setHistoryKey(const QString &key)
{
    m_history.setKey(key);
    m_historyIndex = -1;
}

void PayloadEditor::recordSent()
{
    if (!payloadBytes().isOk())
        return;
    m_history.add(message());
    m_historyIndex = -1;
}

bool PayloadEditor::recallHistory(int step)
{
    return step != 0 && showHistoryEntry(m_historyIndex + step);
}

bool PayloadEditor::showHistoryEntry(int index)
{
    if (index < -1 || index >= m_history.entries().size())
        return false;
    if (m_historyIndex == -1 && index != -1)
        m_draft = message();
    m_historyIndex = index;
    setMessage(index == -1 ? m_draft : m_history.entries().at(index));
    return true;
}
