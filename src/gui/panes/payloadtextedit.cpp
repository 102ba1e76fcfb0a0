// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/payloadtextedit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>

PayloadTextEdit::PayloadTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

QString PayloadTextEdit::contentWithInsert(const QString &text) const
{
    const QString current = toPlainText();
    const QTextCursor cursor = textCursor();
    const qsizetype start
        = qBound(qsizetype(0), qsizetype(cursor.selectionStart()), current.size());
    const qsizetype end = qBound(start, qsizetype(cursor.selectionEnd()), current.size());
    return current.left(start) + text + current.mid(end);
}

bool PayloadTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    // Only plain text is a payload; rich text, images and URLs are not.
    return source && source->hasText();
}

void PayloadTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText() || isReadOnly())
        return;
    const QString text = source->text();
    if (text.isEmpty())
        return;
    if (m_insertLimit > 0 && text.size() > m_insertLimit) {
        emit oversizedInsert(text);
        return;
    }
    // Inserted as plain text through the cursor: no fragment, no mime conversion inside Qt.
    textCursor().insertText(text);
    ensureCursorVisible();
}

void PayloadTextEdit::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+V (and Shift+Insert) never reach Qt's own paste: its path through
    // QWidgetTextControl is what crashed with an empty clipboard.
    if (event == QKeySequence::Paste) {
        if (!isReadOnly())
            pasteFromClipboard();
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::ControlModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        emit historyRequested(event->key() == Qt::Key_Up ? 1 : -1);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PayloadTextEdit::pasteFromClipboard()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    insertFromMimeData(clipboard->mimeData(QClipboard::Clipboard));
}
