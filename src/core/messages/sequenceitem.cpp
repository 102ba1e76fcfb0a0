// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/sequenceitem.h"

#include <QLocale>

QList<SequenceItem> SequenceItem::uniform(const QList<Message> &messages, qint64 stepDelayMs)
{
    QList<SequenceItem> items;
    items.reserve(messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        items.append(SequenceItem {messages.at(i), i == 0 ? 0 : stepDelayMs});
    return items;
}

bool SequenceItem::validate(const QList<SequenceItem> &items, QString *error)
{
    QString sentence;
    const QLocale locale;
    if (items.isEmpty()) {
        sentence = tr("The sequence has no steps: add at least one message.");
    } else if (items.size() > MaxSteps) {
        sentence = tr("The sequence has %1 steps; at most %2 are sent.")
                       .arg(locale.toString(items.size()), locale.toString(MaxSteps));
    } else {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qint64 delay = items.at(i).delayBeforeMs;
            if (delay < 0 || delay > MaxDelayMs) {
                //: %1 step number, %2 message name, %3 the delay typed, %4 the largest allowed
                sentence = tr("Step %1 (“%2”) waits %3 ms; a delay must be 0 to %4 ms.")
                               .arg(locale.toString(i + 1), items.at(i).message.name,
                                    locale.toString(delay), locale.toString(MaxDelayMs));
                break;
            }
        }
    }
    if (sentence.isEmpty())
        return true;
    if (error)
        *error = sentence;
    return false;
}
