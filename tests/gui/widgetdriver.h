// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QString>
#include <QTest>
#include <QWidget>

// What the GUI tests do to the real widgets of a pane, as a user would: find a child by its
// object name from the .ui form, retype a line edit, type a payload.
namespace WidgetDriver {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

inline void setLine(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Types into the pane's payload editor in whatever format it is set to.
inline void typePayload(QWidget *pane, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(pane, "textEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace WidgetDriver
