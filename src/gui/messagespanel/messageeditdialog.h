// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Edits what describes a saved message: name, folder, notes and its optional target. The
// payload itself is edited in a pane's editor ("Load into editor", then "Save as message").
class MessageEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MessageEditDialog(const Message &message, QWidget *parent = nullptr);

    // The message with the dialog's fields applied.
    Message message() const;

private:
    void updateTargetFields();

    Message m_message;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_hasTarget = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
};
