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

std::optional<QList<SequenceStep>> MessageProducer::sequence(const QList<Message> &messages,
                                                             qint64 stepDelayMs, QString *error)
{
    QList<SequenceStep> steps;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        auto producer = of(messages.at(i), error, int(i));
        if (!producer)
            return std::nullopt;
        SequenceStep step;
        step.payload = *producer;
        step.delayBeforeMs = i == 0 ? 0 : stepDelayMs;
        step.label = messages.at(i).name;
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
