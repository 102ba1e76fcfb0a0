// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "messages/sequenceitem.h"
#include "net/repeatplan.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class PayloadEditor;

// Turns saved messages (or a pane's editor) into what the sessions send: one PayloadProducer per
// message, so macros and checksums are applied per send on the session's thread.
class MessageProducer
{
    Q_DECLARE_TR_FUNCTIONS(MessageProducer)

public:
    // The producer of message's sends; nullopt and a sentence when it cannot be composed.
    // sequenceStep is the message's position in a sequence ({{seq}}).
    static std::optional<PayloadProducer> of(const Message &message, QString *error,
                                             int sequenceStep = 0);
    // The steps of a sequence: the items in order, each with its own delay before it (the
    // first one's too); nullopt and a sentence when the items are out of bounds or a message
    // cannot be composed.
    static std::optional<QList<SequenceStep>> sequence(const QList<SequenceItem> &items,
                                                       QString *error);
    // What the editor holds, as a message (name left empty); nullopt and the codec's sentence
    // when the content is malformed.
    static std::optional<Message> fromEditor(const PayloadEditor *editor, QString *error);
};
