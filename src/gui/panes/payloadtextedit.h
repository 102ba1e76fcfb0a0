// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// The payload editor's text widget. Pasting and dropping go through one guarded path: nothing
// happens for a missing or text-less clipboard (Qt 6.4.2 crashes in
// QWidgetTextControl::insertFromMimeData on an empty one under some platforms), and text too
// long to lay out as one wrapped line on the GUI thread is handed to the owner instead of
// being inserted. Ctrl+Up / Ctrl+Down ask for the previous / next entry of the send history
// (plain Up and Down still move the cursor in a multi-line message).
class PayloadTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PayloadTextEdit(QWidget *parent = nullptr);

    // Inserts longer than this many characters are reported by oversizedInsert() and not
    // inserted; <= 0 disables the check.
    void setInsertLimit(qsizetype characters) { m_insertLimit = characters; }
    qsizetype insertLimit() const { return m_insertLimit; }

    // What the content would be with text in place of the current selection.
    QString contentWithInsert(const QString &text) const;

signals:
    // A paste or drop of text longer than insertLimit(); the content is left unchanged.
    void oversizedInsert(const QString &text);
    // Ctrl+Up (+1, an older message) or Ctrl+Down (-1, a newer one).
    void historyRequested(int step);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pasteFromClipboard();

    qsizetype m_insertLimit = 0;
};
