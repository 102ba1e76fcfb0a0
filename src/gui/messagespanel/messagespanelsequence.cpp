// SPDX-License-Identifier: GPL-3.0-or-later
// MessagesPanel, sequences with a delay of their own before each step: the Sequence dialog on
// the selection, sending what it built, and the delays it remembers per message name. The
// plain Send (one step delay for all) lives in messagespanel.cpp.
#include "messagespanel/messagespanel.h"

#include "messagespanel/sequencedialog.h"

#include <QLocale>

SequenceDialog *MessagesPanel::openSequenceDialog()
{
    const QList<Message> messages = selectedMessages();
    if (messages.isEmpty()) {
        showInfo(tr("Select the messages of the sequence first (Ctrl+click or Shift+click "
                    "selects several)."),
                 true);
        return nullptr;
    }
    // Each step starts from the delay its message had the last time, else the step delay
    // (none before the first step, as Send does).
    QList<SequenceItem> items = SequenceItem::uniform(messages, stepDelayMs());
    for (SequenceItem &item : items)
        item.delayBeforeMs = m_sequenceDelays.value(item.message.name, item.delayBeforeMs);
    auto *dialog = new SequenceDialog(items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendSequence(dialog->items()); });
    dialog->open();
    return dialog;
}

bool MessagesPanel::sendSequence(const QList<SequenceItem> &items)
{
    QString error;
    if (!SequenceItem::validate(items, &error)) {
        showInfo(tr("Nothing sent: %1").arg(error), true);
        return false;
    }
    // Remembered before sending: a sequence that found nowhere to go is set up again as it was.
    for (const SequenceItem &item : items) {
        if (m_sequenceDelays.size() >= SequenceItem::MaxSteps
            && !m_sequenceDelays.contains(item.message.name))
            m_sequenceDelays.clear(); // bounded: names of messages long gone go first, all at once
        m_sequenceDelays.insert(item.message.name, item.delayBeforeMs);
    }
    if (!sendItems(items))
        return false;
    qint64 total = 0;
    for (const SequenceItem &item : items)
        total += item.delayBeforeMs;
    showInfo(tr("Sending %n message(s) in sequence, the last due %1 ms after Send.", nullptr,
                int(items.size()))
                 .arg(QLocale().toString(total)));
    return true;
}

void MessagesPanel::setSequenceDelays(const QHash<QString, qint64> &delays)
{
    m_sequenceDelays.clear();
    for (auto it = delays.cbegin(); it != delays.cend(); ++it) {
        if (m_sequenceDelays.size() >= SequenceItem::MaxSteps)
            break;
        if (it.value() >= 0 && it.value() <= SequenceItem::MaxDelayMs)
            m_sequenceDelays.insert(it.key(), it.value());
    }
}
