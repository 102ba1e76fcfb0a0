#pragma once

#include "payloadcodec.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PayloadEditor;
}

// Where a user writes a message: text with escapes or hex, a line ending to append, and a live
// byte count or the codec's error sentence. Switching text <-> hex keeps the bytes exact and is
// refused (with the error shown) while the content is malformed.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    enum class LineEnding { None, Lf, CrLf };
    Q_ENUM(LineEnding)

    explicit PayloadEditor(QWidget *parent = nullptr);
    ~PayloadEditor() override;

    // The bytes to send (line ending included), or the error sentence naming the position.
    PayloadCodec::Result bytes() const;

    PayloadCodec::Format format() const;
    // Converts the current content; returns false and shows the error when it is malformed.
    bool setFormat(PayloadCodec::Format format);

    QString text() const;
    // Replaces the content, written in the given format.
    void setText(const QString &text, PayloadCodec::Format format = PayloadCodec::Format::Text);

    LineEnding lineEnding() const;
    void setLineEnding(LineEnding ending);

signals:
    // Content, format or line ending changed.
    void changed();

private:
    void onFormatActivated(int index);
    void updateInfo();
    void showError(const QString &message);

    std::unique_ptr<Ui::PayloadEditor> m_ui;
};
