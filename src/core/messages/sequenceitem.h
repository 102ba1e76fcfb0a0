// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "messages/messagelibrary.h"

#include <QCoreApplication>
#include <QList>

// One step of a sequence as the user builds it: a saved message and how long to wait before it
// leaves (after the previous step left, or after Send for the first step). A value that crosses
// from the Messages panel to a pane; MessageProducer turns a list of them into SequenceSteps.
struct SequenceItem
{
    Q_DECLARE_TR_FUNCTIONS(SequenceItem)

public:
    // The bounds the window has always used for its step delay (an hour) and for a sequence
    // (at most every message of the library once).
    static constexpr qint64 MaxDelayMs = 3'600'000;
    static constexpr qsizetype MaxSteps = MessageLibrary::MaxMessages;

    Message message;
    qint64 delayBeforeMs = 0;

    bool operator==(const SequenceItem &) const = default;

    // The plain multi-select send: messages in order, stepDelayMs before each but the first.
    static QList<SequenceItem> uniform(const QList<Message> &messages, qint64 stepDelayMs);
    // Empty, too long, or a delay outside 0..MaxDelayMs: false and one sentence.
    static bool validate(const QList<SequenceItem> &items, QString *error);
};
