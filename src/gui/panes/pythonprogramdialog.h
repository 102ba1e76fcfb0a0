// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Shows a pane's settings as a python3 socket program (PythonProgram), read-only, with Copy
// and Save: what a learner runs by hand to compare with what the pane does.
class PythonProgramDialog : public QDialog
{
    Q_OBJECT

public:
    PythonProgramDialog(const QString &program, const QString &suggestedName,
                        QWidget *parent = nullptr);

    QString program() const;
    // Writes the program to path through QSaveFile; a symbolic link or a special file there
    // is refused, never written through. False and a sentence (also shown) on failure.
    bool saveTo(const QString &path, QString *error = nullptr);
    void copyToClipboard();

private:
    void chooseFileAndSave();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QString m_suggestedName;
};
