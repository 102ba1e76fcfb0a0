#pragma once

#include "payload/payloadcodec.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PayloadEditor;
}

// Where a user writes a message: text with escapes or hex, a line ending to append, and a live
// byte count or the codec's error sentence. Switching text <-> hex keeps the bytes exact and is
// refused (with the error shown) while the content is malformed; picking the format already in
// use changes nothing. A message too large to lay out on the GUI thread (a pasted or loaded
// megabyte) is held as bytes and shown as a one-line summary with Clear, Save and Load.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    enum class LineEnding { None, Lf, CrLf };
    Q_ENUM(LineEnding)

    // Larger content (characters of text, or bytes) is shown as a summary, not edited: laying
    // out one wrapped line of a megabyte takes QPlainTextEdit minutes.
    static constexpr qsizetype EditLimit = 64 * 1024;

    explicit PayloadEditor(QWidget *parent = nullptr);
    ~PayloadEditor() override;

    // The bytes to send (line ending included), or the error sentence naming the position.
    PayloadCodec::Result bytes() const;

    PayloadCodec::Format format() const { return m_format; }
    // Converts the current content; returns false and shows the error when it is malformed.
    bool setFormat(PayloadCodec::Format format);

    // The content written in format(); for a summarized message, its bytes in that format.
    QString text() const;
    // Replaces the content, written in the given format.
    void setText(const QString &text, PayloadCodec::Format format = PayloadCodec::Format::Text);
    // Replaces the content with exact bytes (as text when small, as a summary when large).
    void setBytes(const QByteArray &bytes);

    // True while the message is too large to edit and shown as a summary.
    bool isSummarized() const { return m_summarized; }
    qsizetype messageSize() const;

    bool loadFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr) const;

    LineEnding lineEnding() const;
    void setLineEnding(LineEnding ending);

signals:
    // Content, format or line ending changed.
    void changed();

private:
    void onFormatActivated(int index);
    void onOversizedInsert(const QString &text);
    void showSummary(const QByteArray &bytes);
    void leaveSummary();
    void chooseFileToLoad();
    void chooseFileToSave();
    void showContextMenu(const QPoint &position);
    void updateInfo();
    void showError(const QString &message);

    std::unique_ptr<Ui::PayloadEditor> m_ui;
    PayloadCodec::Format m_format = PayloadCodec::Format::Text;
    bool m_summarized = false;
    QByteArray m_summaryBytes; // the message while summarized, exact
};
