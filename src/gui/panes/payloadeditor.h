// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"
#include "panes/paneconfig.h"
#include "panes/sendhistory.h"
#include "payload/checksum.h"
#include "payload/messagecomposer.h"
#include "payload/payloadcodec.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PayloadEditor;
}

// Where a user writes a message: text with escapes or hex, a line ending to append, and a live
// byte count or the codec's error sentence. Switching text <-> hex keeps the bytes exact and is
// refused (with the error shown) while the content is malformed; picking the format already in
// use changes nothing. A message too large to lay out on the GUI thread (a pasted or loaded
// megabyte) is held as bytes and shown as a one-line summary with Clear, Save and Load.
// Opt-in macros ({{counter}}, ... see payload/macrotemplate.h) and an appended checksum are
// composed by MessageComposer; Preview shows the exact bytes of the next send. Each pane gives
// its editor a history key; recordSent() after a send keeps the message in that pane's
// SendHistory, recalled with Ctrl+Up / Ctrl+Down or the History menu.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    // Values are stored in settings (PaneConfig::lineEnding) and match Message::LineEnding:
    // keep them stable.
    enum class LineEnding { None = 0, Lf = 1, CrLf = 2, Cr = 3 };
    Q_ENUM(LineEnding)

    // Larger content (characters of text, or bytes) is shown as a summary, not edited: laying
    // out one wrapped line of a megabyte takes QPlainTextEdit minutes.
    static constexpr qsizetype EditLimit = 64 * 1024;
    // The preview dumps at most this many bytes: a hex dump line per 16 bytes is costly text.
    static constexpr qsizetype PreviewLimit = 4 * 1024;

    explicit PayloadEditor(QWidget *parent = nullptr);
    ~PayloadEditor() override;

    // The bytes of the first send (macros expanded, line ending and checksum included), or the
    // error sentence naming the position.
    PayloadCodec::Result bytes() const;

    // The editor as a message template: payload bytes (placeholders unexpanded), format, line
    // ending, macros, checksum and its byte order; the other fields are left default. When the
    // content is malformed the payload is empty (bytes() says why).
    Message message() const;
    // Shows m's payload in m's format with its line ending, macros and checksum.
    void setMessage(const Message &m);
    // What a pane hands to a repeat: [c](quint64 k) { return c.compose(k); }. nullopt and
    // *error set when the content or its placeholders are malformed.
    std::optional<MessageComposer> composer(QString *error = nullptr) const;

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

    // What the pane's settings keep of the editor, and restoring it.
    EditorConfig config() const;
    void setConfig(const EditorConfig &config);

    bool isMacrosEnabled() const;
    void setMacrosEnabled(bool enabled);
    Checksum::Algorithm checksum() const;
    Checksum::ByteOrder checksumOrder() const;
    void setChecksum(Checksum::Algorithm algorithm,
                     Checksum::ByteOrder order = Checksum::ByteOrder::BigEndian);

    // Which pane's history this editor keeps and recalls ("server", "client"); empty (the
    // default) keeps it in memory only.
    void setHistoryKey(const QString &key);
    QString historyKey() const { return m_history.key(); }
    const QList<Message> &history() const { return m_history.entries(); }
    // Call after a successful send: adds the current message at the front of the history.
    void recordSent();
    // Steps through the history: +1 shows an older message, -1 a newer one, back to what was
    // being written before the first step. Returns false when there is nothing further.
    bool recallHistory(int step);

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
    // The payload's bytes as written, before macros, line ending and checksum.
    PayloadCodec::Result payloadBytes() const;
    // The codec for format, or MacroHex for hex while macros are on.
    PayloadCodec::Result parseContent(const QString &text, PayloadCodec::Format format) const;
    QString writeContent(const QByteArray &bytes, PayloadCodec::Format format) const;
    void updatePreview(const PayloadCodec::Result &result);
    void setPreviewVisible(bool visible);
    // -1 shows the draft kept before the first recall.
    bool showHistoryEntry(int index);

    std::unique_ptr<Ui::PayloadEditor> m_ui;
    PayloadCodec::Format m_format = PayloadCodec::Format::Text;
    bool m_summarized = false;
    QByteArray m_summaryBytes; // the message while summarized, exact
    SendHistory m_history;
    int m_historyIndex = -1; // entry shown by recallHistory(), -1 = the user's own draft
    Message m_draft; // what was in the editor before the first recall
};
