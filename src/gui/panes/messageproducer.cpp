#include "panes/messageproducer.h"

#include "panes/payloadeditor.h"
#include "payload/messagecomposer.h"

std::optional<PayloadProducer> MessageProducer::of(const Message &message, QString *error,
                                                   int sequenceStep)
{
    const auto composer = MessageComposer::create(message, error);
    if (!composer)
        return std::nullopt;
    return PayloadProducer(
            [composer = *composer, sequenceStep](quint64 k) { return composer.compose(k, sequenceStep); });
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
    Message message;
    message.format = editor->format();
    const PayloadCodec::Result parsed = PayloadCodec::parse(editor->text(), editor->format());
    if (!parsed.isOk()) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    message.payload = parsed.bytes;
    switch (editor->lineEnding()) {
    case PayloadEditor::LineEnding::None:
        message.lineEnding = Message::LineEnding::None;
        break;
    case PayloadEditor::LineEnding::Lf:
        message.lineEnding = Message::LineEnding::Lf;
        break;
    case PayloadEditor::LineEnding::CrLf:
        message.lineEnding = Message::LineEnding::CrLf;
        break;
    }
    return message;
}
