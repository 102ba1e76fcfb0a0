// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/messageproducer.h"

#include "panes/payloadeditor.h"
#include "payload/messagecomposer.h"

std::optional<PayloadProducer> MessageProducer::of(const Message &message, QString *error,
                                                   int sequenceStep)
{
    const auto composer = MessageComposer::create(message, error);
    if (!composer)
        return std::nullopt;
    return PayloadProducer([composer = *composer, sequenceStep](quint64 k) {
        return composer.compose(k, sequenceStep);
    });
}

std::optional<QList<SequenceStep>> MessageProducer::sequence(const QList<SequenceItem> &items,
                                                             QString *error)
{
    if (!SequenceItem::validate(items, error))
        return std::nullopt;
    QList<SequenceStep> steps;
    steps.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SequenceItem &item = items.at(i);
        auto producer = of(item.message, error, int(i));
        if (!producer)
            return std::nullopt;
        SequenceStep step;
        step.payload = *producer;
        step.delayBeforeMs = item.delayBeforeMs;
        step.label = item.message.name;
        step.index = int(i);
        steps.append(step);
    }
    return steps;
}

std::optional<Message> MessageProducer::fromEditor(const PayloadEditor *editor, QString *error)
{
    const PayloadCodec::Result check = editor->bytes(); // the codec's or the macros' sentence
    if (!check.isOk()) {
        if (error)
            *error = check.error;
        return std::nullopt;
    }
    return editor->message();
}
